package civil.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the server from the environment and the command line; stops it gracefully on SIGTERM. */
public final class Main {
  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  private Main() {}

  public static void main(String[] args) {
    ServerConfig config;
    try {
      config = ServerConfig.from(System.getenv(), args);
    } catch (IllegalArgumentException e) {
      System.err.println("civil: " + e.getMessage());
      System.exit(2);
      return;
    }
    CivilServer server;
    try {
      server = CivilServer.start(config);
    } catch (IllegalStateException e) {
      // a start refused for a stated reason (a revoked admin token, say): the reason, not a stack trace
      System.err.println("civil: cannot start: " + e.getMessage());
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      LOG.info("stopping: finishing requests in flight, then closing the database");
      server.close();
    }, "civil-shutdown"));
  }
}
