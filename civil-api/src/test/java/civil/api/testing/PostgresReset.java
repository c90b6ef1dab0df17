package civil.api.testing;

import civil.api.ServerConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Empties the PostgreSQL test database (drops and recreates its public schema) before a fresh start. */
public final class PostgresReset {
  private PostgresReset() {}

  public static void resetIfPostgres(ServerConfig config) {
    if (!config.dbUrl().startsWith("jdbc:postgresql:")) {
      return;
    }
    try (Connection c = DriverManager.getConnection(config.dbUrl(), config.dbUser(), config.dbPassword());
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA public CASCADE");
      s.execute("CREATE SCHEMA public");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reset the PostgreSQL test database", e);
    }
  }
}
