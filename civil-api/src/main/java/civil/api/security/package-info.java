/**
 * Who may do what: bearer tokens with a role, stored hashed; the guard that checks every route
 * against the role matrix of the route table; and the append-only audit log of every write.
 */
package civil.api.security;
