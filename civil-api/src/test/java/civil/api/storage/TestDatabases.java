package civil.api.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fresh database for a storage test: the PostgreSQL test database named by
 * {@code CIVIL_TEST_DB_URL} (with {@code CIVIL_TEST_DB_USER} and {@code CIVIL_TEST_DB_PASSWORD}),
 * emptied first, when that is set; otherwise a new in-memory H2 database.
 */
final class TestDatabases {
  private static final AtomicInteger H2 = new AtomicInteger();

  private TestDatabases() {}

  /** Opens it with a pool of two connections; {@code name} names the H2 database. */
  static Database open(String name) {
    String url = System.getenv("CIVIL_TEST_DB_URL");
    if (url == null || url.isBlank()) {
      return Database.open("jdbc:h2:mem:" + name + H2.incrementAndGet()
          + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "", "", 2);
    }
    String user = System.getenv().getOrDefault("CIVIL_TEST_DB_USER", "");
    String password = System.getenv().getOrDefault("CIVIL_TEST_DB_PASSWORD", "");
    try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA public CASCADE");
      st.execute("CREATE SCHEMA public");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reset the PostgreSQL test database", e);
    }
    return Database.open(url, user, password, 2);
  }
}
