/**
 * Durable storage: the connection pool and versioned migrations ({@link civil.api.storage.Database}),
 * and the JDBC implementations of the library's ports. Every multi-step write is one transaction;
 * concurrent writers of the same record are serialised by row locks ({@code SELECT … FOR UPDATE}),
 * and a transaction that loses a race (deadlock, lock timeout, duplicate key) is retried whole.
 */
package civil.api.storage;
