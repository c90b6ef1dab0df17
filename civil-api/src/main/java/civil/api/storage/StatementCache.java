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
 *
 * <p>A kept statement is lent to one use at a time: a statement asked for again while its
 * results are still being read (a row mapper running the same query) gets one of its own,
 * closed after that use.
 */
final class StatementCache {
  private final int perConnection;
  private final Map<Connection, Map<String, Kept>> byConnection = new ConcurrentHashMap<>();

  /** A statement kept for reuse, and whether it is lent out. */
  private static final class Kept {
    final PreparedStatement statement;
    boolean lent;

    Kept(PreparedStatement statement) {
      this.statement = statement;
    }
  }

  /** A statement lent for one use; closing it gives a kept statement back, or closes a one-off. */
  static final class Lease implements AutoCloseable {
    private final PreparedStatement statement;
    private final Kept kept;

    private Lease(PreparedStatement statement, Kept kept) {
      this.statement = statement;
      this.kept = kept;
    }

    PreparedStatement statement() {
      return statement;
    }

    @Override
    public void close() throws SQLException {
      if (kept != null) {
        kept.lent = false;
      } else {
        statement.close();
      }
    }
  }

  /** @param perConnection the statements kept per connection; the least recently used are closed beyond it */
  StatementCache(int perConnection) {
    this.perConnection = perConnection;
  }

  /**
   * A prepared statement for {@code sql} on {@code pooled}'s physical connection, lent until the
   * lease is closed.
   */
  Lease lend(Connection pooled, String sql) throws SQLException {
    Connection physical = pooled.unwrap(Connection.class);
    Map<String, Kept> mine = byConnection.get(physical);
    if (mine == null) {
      byConnection.keySet().removeIf(StatementCache::isClosed);
      mine = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
          if (size() <= perConnection || eldest.getValue().lent) {
            return false;
          }
          closeQuietly(eldest.getValue().statement);
          return true;
        }
      };
      byConnection.put(physical, mine);
    }
    Kept kept = mine.get(sql);
    if (kept != null && kept.lent) {
      return new Lease(physical.prepareStatement(sql), null);
    }
    if (kept == null || kept.statement.isClosed()) {
      kept = new Kept(physical.prepareStatement(sql));
      mine.put(sql, kept);
    }
    kept.lent = true;
    return new Lease(kept.statement, kept);
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
