package civil.api.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database: a connection pool, the migrations applied at start (Flyway, from
 * {@code db/migration}), and transactions. {@link #transaction} runs work in one transaction at
 * READ COMMITTED with row locks taken by the work, and retries it whole when it loses a race
 * (deadlock, lock timeout, serialisation failure, a duplicate key from a concurrent insert). On
 * H2, units that arrive together share one commit (see the group commit in this package); on
 * PostgreSQL each has its own.
 */
public final class Database implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Database.class);
  private static final Set<String> RETRYABLE = Set.of(
      "40001", // serialisation failure, H2 deadlock
      "40P01", // PostgreSQL deadlock
      "55P03", // PostgreSQL lock not available
      "50200", // H2 lock timeout
      "HYT00", // H2 timeout
      "23505"); // a concurrent insert of the same key
  private static final int ATTEMPTS = 8;

  static {
    // H2 hashes every string it is given or reads (a settlement's two-kilobyte explanation too) to
    // share equal ones through a cache of its own: a tenth of the writer's time under settlement
    // load, for strings that are almost never equal. Off unless the operator says otherwise
    // (-Dh2.objectCache=true); it must be decided before H2's first class loads, so here.
    if (System.getProperty("h2.objectCache") == null) {
      System.setProperty("h2.objectCache", "false");
    }
  }

  private final HikariDataSource pool;
  private final ThreadLocal<Connection> ambient;
  /**
   * The failure of a {@link #transactionFailingUnit} inside the unit running on this thread, if
   * one failed: the unit then ends rolled back, even if that failure was caught.
   */
  private final ThreadLocal<Throwable> spoiled;
  private final ThreadLocal<Long> asOf;
  private final boolean postgres;
  private final boolean created;
  private final RecordHistory history;
  private final Clock clock;
  private final StatementCache statements;
  /** On H2, the writer that lets units share one commit; null on PostgreSQL. */
  private final GroupCommit group;
  /** On an H2 file, what keeps it from growing without end; null otherwise. */
  private final FileTidying tidying;

  private Database(HikariDataSource pool, ThreadLocal<Connection> ambient, ThreadLocal<Throwable> spoiled,
      ThreadLocal<Long> asOf, boolean postgres, boolean created, RecordHistory history, Clock clock,
      StatementCache statements, GroupCommit group, FileTidying tidying) {
    this.pool = pool;
    this.group = group;
    this.tidying = tidying;
    this.statements = statements;
    this.ambient = ambient;
    this.spoiled = spoiled;
    this.asOf = asOf;
    this.postgres = postgres;
    this.created = created;
    this.history = history;
    this.clock = clock;
  }

  /**
   * This database with writes recorded at {@code clock}'s instants (see {@link RecordHistory}); the
   * pool, transactions and as-of reads are shared with this one. {@link #open} records by the system
   * clock.
   */
  public Database recordingBy(Clock clock) {
    return new Database(pool, ambient, spoiled, asOf, postgres, created, history, clock, statements, group, tidying);
  }

  /**
   * Runs {@code reads} with every read on this thread seeing the recorded tables as they stood at
   * {@code instant} (to the millisecond): a row recorded at or before it counts, one recorded after
   * it does not, and a row replaced after it counts as it was. Nothing may be written meanwhile.
   */
  public <T> T asOf(Instant instant, Supplier<T> reads) {
    Long before = asOf.get();
    asOf.set(instant.toEpochMilli());
    try {
      return reads.get();
    } finally {
      if (before == null) {
        asOf.remove();
      } else {
        asOf.set(before);
      }
    }
  }

  private Sql sql(Connection c) {
    return new Sql(c, statements, history, clock, asOf.get());
  }

  /** Opens the database at {@code url} and brings its schema up to date. */
  public static Database open(String url, String user, String password, int poolSize) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(poolSize);
    config.setAutoCommit(true);
    // set once per connection, not at every transaction (on PostgreSQL each setting is a round trip)
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    config.setPoolName("civil");
    HikariDataSource pool = new HikariDataSource(config);
    boolean created;
    try {
      MigrateResult result = Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
      created = result.initialSchemaVersion == null;
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    RecordHistory history;
    FileTidying tidying;
    try (Connection c = pool.getConnection()) {
      history = RecordHistory.read(c);
      tidying = FileTidying.start(c).orElse(null);
    } catch (SQLException e) {
      pool.close();
      throw new StorageException(e);
    }
    boolean postgres = url.startsWith("jdbc:postgresql:");
    ThreadLocal<Connection> ambient = new ThreadLocal<>();
    ThreadLocal<Throwable> spoiled = new ThreadLocal<>();
    // H2 writes its file at every commit, so there units share commits (see GroupCommit);
    // PostgreSQL already shares one flush of its log among the commits that arrive together
    GroupCommit group = postgres ? null
        : new GroupCommit(pool::getConnection, ambient, spoiled, e -> RETRYABLE.contains(e.getSQLState()));
    return new Database(pool, ambient, spoiled, new ThreadLocal<>(), postgres, created, history, Clock.systemUTC(),
        new StatementCache(256), group, tidying);
  }

  /** Whether this start created the schema: the database was new. */
  public boolean wasCreated() {
    return created;
  }

  /** An embedded H2 database in {@code directory}, in PostgreSQL compatibility mode. */
  public static String h2Url(String directory) {
    // WRITE_DELAY=0: a commit reaches the file before it is acknowledged, so a killed process loses
    // nothing it answered for (H2 otherwise writes committed changes up to half a second later);
    // TRACE_LEVEL_FILE=0: no trace file beside the database (errors go to the server's log instead);
    // QUERY_CACHE_SIZE=64: each connection keeps the parsed form of the statements a write runs
    // (the default 8 is fewer than one settlement's statements, so each was parsed again every time);
    // CACHE_SIZE=4096: 4 MB of pages kept in memory, not H2's 16 MB. Every page a write creates
    // enters that cache and lives there until it is pushed out, and the collector had to trace all
    // of them: under a steady stream of settlements, a 64 MB cache made each young collection take
    // 18-42 ms, and those pauses were the slowest settlements' whole wait; with 4 MB they take 5-16
    // ms at the same throughput (the pages a settlement reads again are few and in the OS's cache)
    return "jdbc:h2:file:" + directory + "/civil;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;WRITE_DELAY=0;TRACE_LEVEL_FILE=0;QUERY_CACHE_SIZE=64;CACHE_SIZE=4096";
  }

  public boolean isPostgres() {
    return postgres;
  }

  public DataSource dataSource() {
    return pool;
  }

  /** A piece of work that may throw anything: a request's handler, say. */
  @FunctionalInterface
  public interface Unit<T> {
    T run() throws Exception;
  }

  /**
   * Runs {@code unit} as one transaction: every {@link #transaction} and {@link #read} it makes on
   * this thread joins it, and it commits when {@code unit} returns (rolled back whole if it throws).
   * A unit that loses a race is run again from the start, so it must be repeatable: it may change
   * nothing outside the database before it returns. Inside a unit, {@code unit} runs the work
   * directly.
   *
   * <p>On H2 the unit may share its commit with other units (it then runs on the group's writer
   * thread, not the caller's): it is answered only once that commit is done, and it must not wait
   * for other threads. Work that runs long (seconds) takes {@link #unitOfItsOwn} instead, so as
   * not to hold up every other write meanwhile.
   */
  public <T> T unit(Unit<T> unit) throws Exception {
    if (ambient.get() != null) {
      return unit.run();
    }
    if (group != null) {
      GroupCommit.Task<T> task = group.run(unit);
      switch (task.outcome()) {
        case DONE:
          return task.result;
        case FAILED:
          if (task.error instanceof Exception e) {
            throw e;
          }
          throw (Error) task.error;
        case RUN_ALONE:
          break; // rolled back with its batch after a lost race: again, alone
      }
    }
    return unitOfItsOwn(unit);
  }

  /**
   * Runs {@code unit} as one transaction of its own, never sharing its commit: for work that runs
   * long, so that it does not hold up other writes. Otherwise as {@link #unit}.
   */
  public <T> T unitOfItsOwn(Unit<T> unit) throws Exception {
    if (ambient.get() != null) {
      return unit.run();
    }
    for (int attempt = 1; ; attempt++) {
      try (Connection c = pool.getConnection()) {
        c.setAutoCommit(false);
        ambient.set(c);
        try {
          T result = unit.run();
          throwIfSpoiled(spoiled);
          c.commit();
          return result;
        } catch (Exception e) {
          rollback(c);
          SQLException sql = sqlCause(e);
          if (sql != null && RETRYABLE.contains(sql.getSQLState()) && attempt < ATTEMPTS) {
            LOG.debug("unit of work lost a race ({}), retrying", sql.getSQLState());
            continue;
          }
          throw e;
        } finally {
          ambient.remove();
          spoiled.remove();
          c.setAutoCommit(true);
        }
      }
    }
  }

  /**
   * Throws if a {@link #transactionFailingUnit} of the unit on this thread failed (and the unit
   * caught that failure and went on): the unit must then end rolled back, with that failure.
   */
  static void throwIfSpoiled(ThreadLocal<Throwable> spoiled) {
    Throwable failed = spoiled.get();
    if (failed != null) {
      spoiled.remove();
      throw new IllegalStateException("a part of this unit of work failed and the unit went on: it is rolled back",
          failed);
    }
  }

  /**
   * Runs {@code work} in one transaction, retried whole if it loses a race; commits when it returns.
   * Inside a {@link #unit} it joins the unit's transaction instead: its changes are undone if it
   * throws (to a savepoint), and committed with the unit.
   */
  public <T> T transaction(SqlWork<T> work) {
    Connection joined = ambient.get();
    if (joined != null) {
      return joined(joined, work, true);
    }
    try {
      return unit(() -> work.run(sql(ambient.get())));
    } catch (SQLException e) {
      throw new StorageException(e);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("SQL work threw what it may not", e);
    }
  }

  /**
   * As {@link #transaction}, except inside a {@link #unit}: there {@code work} joins the unit's
   * transaction with no savepoint of its own, so if it throws, the whole unit fails with it. The
   * unit is rolled back even if its code catches that failure and goes on (it then ends with an
   * {@link IllegalStateException} that carries the failure). For the work a unit exists to do, never
   * to be undone in part: it spares PostgreSQL a round trip per call.
   */
  public <T> T transactionFailingUnit(SqlWork<T> work) {
    Connection joined = ambient.get();
    return joined == null ? transaction(work) : joined(joined, work, false);
  }

  /**
   * {@code work} in the unit's transaction on {@code c}: if it throws, undone to a savepoint taken
   * first ({@code savepoint}), or else kept as the unit's failure (see {@link #transactionFailingUnit}).
   */
  private <T> T joined(Connection c, SqlWork<T> work, boolean savepoint) {
    Savepoint before = null;
    if (savepoint) {
      try {
        before = c.setSavepoint();
      } catch (SQLException e) {
        throw new StorageException(e);
      }
    }
    try {
      return work.run(sql(c));
    } catch (SQLException | RuntimeException e) {
      if (before == null) {
        if (spoiled.get() == null) {
          spoiled.set(e);
        }
      } else {
        try {
          c.rollback(before);
        } catch (SQLException undo) {
          e.addSuppressed(undo);
        }
      }
      if (e instanceof RuntimeException r) {
        throw r;
      }
      throw new StorageException((SQLException) e);
    }
  }

  /** Runs read-only {@code work} outside a transaction (inside a {@link #unit}, on the unit's). */
  public <T> T read(SqlWork<T> work) {
    Connection joined = ambient.get();
    if (joined != null) {
      try {
        return work.run(sql(joined));
      } catch (SQLException e) {
        throw new StorageException(e);
      }
    }
    try (Connection c = pool.getConnection()) {
      return work.run(sql(c));
    } catch (SQLException e) {
      throw new StorageException(e);
    }
  }

  /** Whether the database answers. */
  public boolean isReachable() {
    try (Connection c = pool.getConnection()) {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  private static void rollback(Connection c) {
    try {
      c.rollback();
    } catch (SQLException e) {
      LOG.warn("rollback failed", e);
    }
  }

  static SQLException sqlCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s) {
        return s;
      }
    }
    return null;
  }

  @Override
  public void close() {
    if (group != null) {
      group.close();
    }
    if (tidying != null) {
      tidying.close();
    }
    pool.close();
  }
}
