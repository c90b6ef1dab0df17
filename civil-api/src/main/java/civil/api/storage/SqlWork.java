package civil.api.storage;

import java.sql.SQLException;

/** Work done with one connection, inside or outside a transaction. */
@FunctionalInterface
public interface SqlWork<T> {
  T run(Sql sql) throws SQLException;
}
