package civil.api.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prepared statements kept per physical connection and reused by their text, so that a settlement's
 * dozen statements are parsed once per connection instead of once per request (H2 keeps no parsed
 * form of a locking read or an insert, and parsing was about a twentieth of a settlement's time).
 *
 * <p>Statements are prepared on the pooled connection's physical connection, which the pool does
 * not track: they outlive a borrowing and are used again by whoever borrows the connection next.
 * A connection is borrowed by one thread at a time, and the pool's hand-over orders one borrower's
 * use before the next, so each connection's statements need no lock of their own. Statements of a
 * connection the pool has closed are dropped when the next new connection is first seen.
 */
final class StatementCache {
  private final int perConnection;
  private final Map<Connection, Map<String, PreparedStatement>> byConnection = new ConcurrentHashMap<>();

  /** @param perConnection the statements kept per connection; the least recently used are closed beyond it */
  StatementCache(int perConnection) {
    this.perConnection = perConnection;
  }

  /** A prepared statement for {@code sql} on {@code pooled}'s physical connection, not to be closed by the caller. */
  PreparedStatement prepare(Connection pooled, String sql) throws SQLException {
    Connection physical = pooled.unwrap(Connection.class);
    Map<String, PreparedStatement> mine = byConnection.get(physical);
    if (mine == null) {
      byConnection.keySet().removeIf(StatementCache::isClosed);
      mine = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
          if (size() <= perConnection) {
            return false;
          }
          closeQuietly(eldest.getValue());
          return true;
        }
      };
      byConnection.put(physical, mine);
    }
    PreparedStatement ps = mine.get(sql);
    if (ps == null || ps.isClosed()) {
      ps = physical.prepareStatement(sql);
      mine.put(sql, ps);
    }
    return ps;
  }

  /** The physical connections statements are kept for. */
  int connections() {
    return byConnection.size();
  }

  private static boolean isClosed(Connection c) {
    try {
      return c.isClosed();
    } catch (SQLException e) {
      return true;
    }
  }

  private static void closeQuietly(PreparedStatement ps) {
    try {
      ps.close();
    } catch (SQLException ignored) {
      // the statement is dropped either way
    }
  }
}
