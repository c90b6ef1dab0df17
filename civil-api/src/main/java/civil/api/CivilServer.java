package civil.api;

import civil.api.demo.DemoClock;
import civil.api.demo.DemoData;
import civil.api.demo.DemoLoad;
import civil.api.http.Api;
import civil.api.http.ProblemErrorHandler;
import civil.api.http.Problems;
import civil.api.http.RouteTable;
import civil.api.security.AuditLog;
import civil.api.security.Tokens;
import civil.api.storage.Database;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server, as an object built from its configuration (no static state): it opens the database
 * and applies the migrations, builds the services and the route table, sets up the admin token
 * and starts Javalin. {@link #close()} stops taking requests, lets in-flight ones finish, and
 * closes the database.
 */
public final class CivilServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CivilServer.class);
  /** The bureau's time zone: "today" at the desk. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final Database db;
  private final Services services;
  private final RouteTable routes;
  private final Javalin app;
  private final AuditLog audit;

  private CivilServer(Database db, Services services, RouteTable routes, Javalin app, AuditLog audit) {
    this.audit = audit;
    this.db = db;
    this.services = services;
    this.routes = routes;
    this.app = app;
  }

  public static CivilServer start(ServerConfig config) {
    return start(config, Clock.system(ZONE));
  }

  public static CivilServer start(ServerConfig config, Clock clock) {
    return start(config, clock, cfg -> { });
  }

  /**
   * Starts the server with {@code extra} applied to Javalin's configuration last: for an embedding
   * application's own routes, or a benchmark's reference route.
   */
  public static CivilServer start(ServerConfig config, Clock clock, Consumer<JavalinConfig> extra) {
    DataDirectory.prepare(config.dataDir());
    Database db = Database.open(config.dbUrl(), config.dbUser(), config.dbPassword(), 16);
    DataDirectory.restrictFiles(config.dataDir());
    try {
      DemoLoad.ensure(db, config.demoData(), () -> {
        long started = System.nanoTime();
        DemoClock demoClock = new DemoClock(ZONE, DemoData.PERIOD.firstDay());
        DemoData.load(Services.create(db, demoClock), demoClock);
        LOG.info("demo data for 解放区 loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
      });
      Services services = Services.create(db, clock);
      Tokens tokens = new Tokens(db, clock);
      setUpAdmin(config, tokens);
      DataDirectory.restrictFiles(config.dataDir());
      AuditLog audit = new AuditLog(db, clock);
      RouteTable routes = Api.routes(services, db, tokens, audit);
      Javalin app = Javalin.create(cfg -> {
        cfg.jetty.host = config.host();
        cfg.jetty.port = config.port();
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.jetty.modifyServer(server -> {
          server.setStopTimeout(10_000);
          server.insertHandler(new GracefulHandler());
          server.setErrorHandler(new ProblemErrorHandler());
        });
        cfg.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new ProblemErrorHandler()));
        Problems.install(cfg);
        routes.install(cfg);
        extra.accept(cfg);
      });
      app.start();
      LOG.info("civil listening on http://{}:{}", config.host(), app.port());
      return new CivilServer(db, services, routes, app, audit);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  private static void setUpAdmin(ServerConfig config, Tokens tokens) {
    if (config.adminToken().isPresent()) {
      tokens.setAdmin(config.adminToken().get());
      return;
    }
    switch (tokens.adminState()) {
      case ACTIVE -> {
        return;
      }
      case REVOKED -> {
        LOG.warn("the administrator token was revoked and stays revoked; set CIVIL_ADMIN_TOKEN to a new one for an"
            + " administrator");
        return;
      }
      case NONE -> { }
    }
    String token = Tokens.generate();
    tokens.setAdmin(token);
    Path file = config.dataDir().resolve("admin-token");
    try {
      Files.deleteIfExists(file);
      DataDirectory.createOwnerOnly(file);
      Files.writeString(file, token + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    // the token itself goes only to the owner-only file, never to standard output (which ends up in logs)
    System.out.println("An administrator token was generated and saved, readable by its owner only, to " + file);
  }

  public int port() {
    return app.port();
  }

  public Services services() {
    return services;
  }

  /** The audit log of this server. */
  public AuditLog audit() {
    return audit;
  }

  public RouteTable routes() {
    return routes;
  }

  public Database database() {
    return db;
  }

  public Javalin javalin() {
    return app;
  }

  @Override
  public void close() {
    app.stop();
    db.close();
  }
}
