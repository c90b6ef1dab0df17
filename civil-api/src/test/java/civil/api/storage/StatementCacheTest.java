package civil.api.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Statements kept per physical connection outlive a borrowing, are bounded, and never outlive their connection. */
class StatementCacheTest {
  private HikariDataSource pool;

  @BeforeEach
  void open() {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:h2:mem:statements" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    config.setMaximumPoolSize(1);
    pool = new HikariDataSource(config);
  }

  @AfterEach
  void close() {
    pool.close();
  }

  /** Lends the statement for {@code sql} and gives it back at once, answering it. */
  private static PreparedStatement kept(StatementCache cache, Connection c, String sql) throws SQLException {
    try (StatementCache.Lease lease = cache.lend(c, sql)) {
      return lease.statement();
    }
  }

  private static long one(PreparedStatement ps, long arg) throws SQLException {
    ps.setLong(1, arg);
    try (ResultSet rs = ps.executeQuery()) {
      assertTrue(rs.next());
      return rs.getLong(1);
    }
  }

  @Test
  void aStatementIsPreparedOnceAndServesTheNextBorrowerOfTheConnection() throws SQLException {
    StatementCache cache = new StatementCache(8);
    PreparedStatement first;
    try (Connection c = pool.getConnection()) {
      first = kept(cache, c, "SELECT ? + 1");
      assertEquals(2, one(first, 1));
    }
    // the pool closes what was prepared through its proxy when a borrowing ends; this one stays open
    try (Connection c = pool.getConnection()) {
      PreparedStatement again = kept(cache, c, "SELECT ? + 1");
      assertSame(first, again);
      assertFalse(again.isClosed());
      assertEquals(42, one(again, 41));
    }
  }

  @Test
  void beyondItsBoundAConnectionsLeastRecentlyUsedStatementIsClosed() throws SQLException {
    StatementCache cache = new StatementCache(2);
    try (Connection c = pool.getConnection()) {
      PreparedStatement a = kept(cache, c, "SELECT ? + 1");
      PreparedStatement b = kept(cache, c, "SELECT ? + 2");
      assertSame(a, kept(cache, c, "SELECT ? + 1")); // a is now the more recently used
      kept(cache, c, "SELECT ? + 3");
      assertTrue(b.isClosed());
      assertFalse(a.isClosed());
      PreparedStatement b2 = kept(cache, c, "SELECT ? + 2");
      assertNotSame(b, b2);
      assertEquals(12, one(b2, 10));
    }
  }

  @Test
  void aConnectionThePoolClosedIsForgottenAndItsSuccessorPreparesAfresh() throws SQLException {
    StatementCache cache = new StatementCache(8);
    PreparedStatement old;
    Connection physical;
    try (Connection c = pool.getConnection()) {
      old = kept(cache, c, "SELECT ? + 1");
      physical = c.unwrap(Connection.class);
      pool.evictConnection(c); // as the pool does with a broken or expired connection
    }
    // the pool closes an evicted connection on a thread of its own
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!physical.isClosed() && System.nanoTime() < deadline) {
      java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
    }
    assertTrue(physical.isClosed());
    try (Connection c = pool.getConnection()) {
      PreparedStatement fresh = kept(cache, c, "SELECT ? + 1");
      assertNotSame(old, fresh);
      assertEquals(8, one(fresh, 7));
      assertEquals(1, cache.connections());
    }
  }

  @Test
  void aStatementAskedForWhileItsResultsAreReadIsNotLentTwice() throws SQLException {
    StatementCache cache = new StatementCache(8);
    try (Connection c = pool.getConnection()) {
      PreparedStatement outer;
      try (StatementCache.Lease first = cache.lend(c, "SELECT ? + 1")) {
        outer = first.statement();
        outer.setLong(1, 1);
        try (ResultSet rs = outer.executeQuery()) {
          PreparedStatement inner;
          try (StatementCache.Lease second = cache.lend(c, "SELECT ? + 1")) {
            inner = second.statement();
            assertNotSame(outer, inner);
            assertEquals(6, one(inner, 5));
          }
          assertTrue(inner.isClosed()); // a one-off is closed after its use
          assertTrue(rs.next()); // and the outer results were not disturbed
          assertEquals(2, rs.getLong(1));
        }
      }
      assertFalse(outer.isClosed());
      assertSame(outer, kept(cache, c, "SELECT ? + 1"));
    }
  }
}
