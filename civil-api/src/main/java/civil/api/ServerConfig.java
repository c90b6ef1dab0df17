package civil.api;

import civil.api.storage.Database;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The server's settings, each from an environment variable or the matching flag (a flag wins):
 * {@code CIVIL_HOST} ({@code --host}, default 127.0.0.1), {@code CIVIL_PORT} ({@code --port},
 * 7070), {@code CIVIL_DATA_DIR} ({@code --data-dir}, ./data), {@code CIVIL_DB_URL} /
 * {@code CIVIL_DB_USER} / {@code CIVIL_DB_PASSWORD} ({@code --db-url} …; default an embedded H2
 * database in the data directory; a {@code jdbc:postgresql:} URL uses PostgreSQL),
 * {@code CIVIL_ADMIN_TOKEN} ({@code --admin-token}), {@code CIVIL_DEMO_DATA}
 * ({@code --demo-data=false} starts empty).
 */
public record ServerConfig(String host, int port, Path dataDir, String dbUrl, String dbUser, String dbPassword,
    Optional<String> adminToken, boolean demoData) {

  private static final Set<String> SETTINGS = Set.of("host", "port", "data-dir", "db-url", "db-user", "db-password",
      "admin-token", "demo-data");

  /** The settings from the environment and the command line. */
  public static ServerConfig from(Map<String, String> env, String[] args) {
    Map<String, String> values = new HashMap<>();
    env.forEach((k, v) -> {
      String name = k.startsWith("CIVIL_") ? k.substring(6).toLowerCase(Locale.ROOT).replace('_', '-') : "";
      // other CIVIL_ variables (a test suite's, say) are not the server's business; unknown flags are errors
      if (SETTINGS.contains(name)) {
        values.put(name, v);
      }
    });
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--")) {
        throw new IllegalArgumentException("unknown argument " + a);
      }
      String name = a.substring(2);
      String value;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new IllegalArgumentException("--" + name + " needs a value");
      }
      values.put(name, value);
    }
    for (String key : values.keySet()) {
      if (!SETTINGS.contains(key)) {
        throw new IllegalArgumentException("unknown setting " + key);
      }
    }
    Path dataDir = Path.of(values.getOrDefault("data-dir", "data")).toAbsolutePath();
    String url = values.getOrDefault("db-url", Database.h2Url(dataDir.toString()));
    return new ServerConfig(values.getOrDefault("host", "127.0.0.1"),
        Integer.parseInt(values.getOrDefault("port", "7070")), dataDir, url, values.getOrDefault("db-user", ""),
        values.getOrDefault("db-password", ""), Optional.ofNullable(values.get("admin-token")).filter(t -> !t.isBlank()),
        !"false".equalsIgnoreCase(values.getOrDefault("demo-data", "true")));
  }

  /** A test setting: H2 in {@code dataDir}, a free port, no demo data, the given admin token. */
  public static ServerConfig forTest(Path dataDir, String adminToken) {
    return new ServerConfig("127.0.0.1", 0, dataDir, Database.h2Url(dataDir.toString()), "", "",
        Optional.of(adminToken), false);
  }

  public ServerConfig withDatabase(String url, String user, String password) {
    return new ServerConfig(host, port, dataDir, url, user, password, adminToken, demoData);
  }

  public ServerConfig withDemoData(boolean on) {
    return new ServerConfig(host, port, dataDir, dbUrl, dbUser, dbPassword, adminToken, on);
  }
}
