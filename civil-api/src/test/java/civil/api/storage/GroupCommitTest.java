package civil.api.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Units that share a commit behave, to each caller, as if each had a transaction of its own: a
 * unit that throws leaves nothing and does not touch the others, a failed commit fails every unit
 * and stores none, a lost race has every unit of the batch run again on its own, and each caller
 * gets its own answer.
 */
class GroupCommitTest {
  private final ThreadLocal<Connection> ambient = new ThreadLocal<>();
  private final ThreadLocal<Throwable> spoiled = new ThreadLocal<>();
  private final ExecutorService callers = Executors.newFixedThreadPool(8);
  private JdbcDataSource data;
  private Connection keepAlive;
  private GroupCommit group;
  /** When set, the writer's connections fail at commit. */
  private volatile boolean failCommits;

  @BeforeEach
  void open() throws SQLException {
    data = new JdbcDataSource();
    data.setURL("jdbc:h2:mem:group" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    keepAlive = data.getConnection();
    try (Statement s = keepAlive.createStatement()) {
      s.execute("CREATE TABLE t (k VARCHAR(20) PRIMARY KEY)");
    }
    group = new GroupCommit(() -> {
      Connection real = data.getConnection();
      return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
          (proxy, method, args) -> {
            if (failCommits && method.getName().equals("commit")) {
              throw new SQLException("the disk is full", "HY000");
            }
            try {
              return method.invoke(real, args);
            } catch (java.lang.reflect.InvocationTargetException e) {
              throw e.getCause();
            }
          });
    }, ambient, spoiled, e -> "40001".equals(e.getSQLState()));
  }

  @AfterEach
  void close() throws SQLException {
    group.close();
    callers.shutdownNow();
    keepAlive.close();
  }

  private void insert(String key) throws SQLException {
    try (Statement s = ambient.get().createStatement()) {
      s.executeUpdate("INSERT INTO t VALUES ('" + key + "')");
    }
  }

  private List<String> stored() throws SQLException {
    List<String> keys = new ArrayList<>();
    try (Statement s = keepAlive.createStatement(); ResultSet rs = s.executeQuery("SELECT k FROM t ORDER BY k")) {
      while (rs.next()) {
        keys.add(rs.getString(1));
      }
    }
    return keys;
  }

  /** A unit that holds the writer until {@code go} opens, so that what is handed over meanwhile forms one batch. */
  private Future<GroupCommit.Task<String>> holdWriter(CountDownLatch go) throws InterruptedException {
    CountDownLatch running = new CountDownLatch(1);
    Future<GroupCommit.Task<String>> first = callers.submit(() -> group.run(() -> {
      running.countDown();
      go.await();
      insert("first");
      return "first";
    }));
    assertTrue(running.await(10, TimeUnit.SECONDS), "the writer never took the first unit");
    return first;
  }

  /** Hands the writer a unit that stores {@code key} and answers it. */
  private Future<GroupCommit.Task<String>> handOver(String key) {
    return callers.submit(() -> group.run(() -> {
      insert(key);
      return key;
    }));
  }

  private void awaitWaiting(int units) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (group.waiting() < units) {
      assertTrue(System.nanoTime() < deadline, "units never reached the writer");
      Thread.sleep(1);
    }
  }

  @Test
  void aUnitThatWentOnAfterAFailedPartWithoutASavepointFailsAloneAndLeavesNothing() throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    Future<GroupCommit.Task<String>> first = holdWriter(go);
    Future<GroupCommit.Task<String>> before = handOver("before");
    SQLException part = new SQLException("a part failed", "HY000");
    Future<GroupCommit.Task<String>> spoiling = callers.submit(() -> group.run(() -> {
      insert("spoiled");
      spoiled.set(part); // as Database#transactionFailingUnit leaves it when its work throws
      return "answered as if all went well";
    }));
    awaitWaiting(2);
    Future<GroupCommit.Task<String>> after = handOver("after");
    awaitWaiting(3);
    go.countDown();
    GroupCommit.Task<String> task = spoiling.get(10, TimeUnit.SECONDS);
    assertSame(GroupCommit.Outcome.FAILED, task.outcome());
    assertInstanceOf(IllegalStateException.class, task.error);
    assertSame(part, task.error.getCause());
    assertNull(task.result);
    for (Future<GroupCommit.Task<String>> other : List.of(first, before, after)) {
      assertSame(GroupCommit.Outcome.DONE, other.get(10, TimeUnit.SECONDS).outcome());
    }
    assertEquals(List.of("after", "before", "first"), stored());
  }

  @Test
  void unitsWaitingTogetherShareOneCommitAndEachCallerGetsItsOwnAnswer() throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    Future<GroupCommit.Task<String>> first = holdWriter(go);
    List<Future<GroupCommit.Task<String>>> rest = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      rest.add(handOver("k" + i));
    }
    awaitWaiting(6);
    long commitsBefore = group.commits();
    go.countDown();
    assertEquals("first", first.get(10, TimeUnit.SECONDS).result);
    for (int i = 0; i < 6; i++) {
      GroupCommit.Task<String> task = rest.get(i).get(10, TimeUnit.SECONDS);
      assertSame(GroupCommit.Outcome.DONE, task.outcome());
      assertEquals("k" + i, task.result);
    }
    // one commit for the first, and one for the six that waited together behind it
    assertEquals(commitsBefore + 2, group.commits());
    assertEquals(List.of("first", "k0", "k1", "k2", "k3", "k4", "k5"), stored());
  }

  @Test
  void aUnitThatThrowsLeavesNothingAndTheOthersOfItsBatchCommit() throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    Future<GroupCommit.Task<String>> first = holdWriter(go);
    Future<GroupCommit.Task<String>> refused = callers.submit(() -> group.run(() -> {
      insert("refused");
      throw new IllegalArgumentException("over the cap");
    }));
    awaitWaiting(1);
    Future<GroupCommit.Task<String>> after = handOver("after");
    awaitWaiting(2);
    go.countDown();
    GroupCommit.Task<String> failed = refused.get(10, TimeUnit.SECONDS);
    assertSame(GroupCommit.Outcome.FAILED, failed.outcome());
    assertInstanceOf(IllegalArgumentException.class, failed.error);
    assertSame(GroupCommit.Outcome.DONE, first.get(10, TimeUnit.SECONDS).outcome());
    assertSame(GroupCommit.Outcome.DONE, after.get(10, TimeUnit.SECONDS).outcome());
    assertEquals(List.of("after", "first"), stored());
  }

  @Test
  void aFailedCommitFailsEveryUnitOfTheBatchAndStoresNone() throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    Future<GroupCommit.Task<String>> first = holdWriter(go);
    Future<GroupCommit.Task<String>> second = handOver("second");
    awaitWaiting(1);
    failCommits = true;
    go.countDown();
    for (Future<GroupCommit.Task<String>> f : List.of(first, second)) {
      GroupCommit.Task<String> task = f.get(10, TimeUnit.SECONDS);
      assertSame(GroupCommit.Outcome.FAILED, task.outcome());
      assertEquals("the disk is full", task.error.getMessage());
      assertNull(task.result);
    }
    assertEquals(List.of(), stored());
    // and the writer goes on once the disk is back
    failCommits = false;
    assertSame(GroupCommit.Outcome.DONE, group.run(() -> {
      insert("later");
      return null;
    }).outcome());
    assertEquals(List.of("later"), stored());
  }

  @Test
  void aLostRaceRollsTheBatchBackAndEveryCallerRunsItsUnitAgainAlone() throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    Future<GroupCommit.Task<String>> first = holdWriter(go);
    Future<GroupCommit.Task<String>> good = handOver("good");
    awaitWaiting(1);
    AtomicInteger attempts = new AtomicInteger();
    Future<GroupCommit.Task<String>> loser = callers.submit(() -> group.run(() -> {
      attempts.incrementAndGet();
      insert("loser");
      throw new StorageException(new SQLException("deadlock", "40001"));
    }));
    awaitWaiting(2);
    go.countDown();
    assertSame(GroupCommit.Outcome.DONE, first.get(10, TimeUnit.SECONDS).outcome());
    // the two waited together: the race the second lost may have cost the whole transaction
    assertSame(GroupCommit.Outcome.RUN_ALONE, good.get(10, TimeUnit.SECONDS).outcome());
    assertSame(GroupCommit.Outcome.RUN_ALONE, loser.get(10, TimeUnit.SECONDS).outcome());
    assertEquals(1, attempts.get());
    // nothing of that batch stayed, not even the unit that had succeeded before the race was lost
    assertEquals(List.of("first"), stored());
  }

  @Test
  void closingFailsWhatIsStillWaitingInsteadOfLeavingItsCallersHanging() throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    Future<GroupCommit.Task<String>> first = holdWriter(go);
    Future<GroupCommit.Task<String>> waiting = callers.submit(() -> group.run(() -> "never"));
    awaitWaiting(1);
    Thread closer = new Thread(group::close);
    closer.start();
    go.countDown();
    closer.join(10_000);
    assertSame(GroupCommit.Outcome.DONE, first.get(10, TimeUnit.SECONDS).outcome());
    GroupCommit.Task<String> task = waiting.get(10, TimeUnit.SECONDS);
    // taken in the same batch as the stop, or failed as the group closed: never left waiting
    assertTrue(task.outcome() == GroupCommit.Outcome.DONE || task.outcome() == GroupCommit.Outcome.FAILED);
    assertSame(GroupCommit.Outcome.FAILED, group.run(() -> "after close").outcome());
  }

  @Test
  void onH2TheDatabaseRunsAUnitThatLostARaceInItsBatchAgainOnItsOwnAndStoresItOnce() throws Exception {
    String url = "jdbc:h2:mem:rerun" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
    try (Database db = Database.open(url, "", "", 2)) {
      db.transaction(sql -> sql.update("CREATE TABLE once (k VARCHAR(20) PRIMARY KEY)"));
      AtomicInteger attempts = new AtomicInteger();
      String answer = db.unit(() -> {
        db.transaction(sql -> sql.update("INSERT INTO once VALUES ('k')"));
        if (attempts.incrementAndGet() == 1) {
          throw new StorageException(new SQLException("deadlock", "40001"));
        }
        return "settled";
      });
      assertEquals("settled", answer);
      assertEquals(2, attempts.get());
      assertEquals(1L, db.read(sql -> sql.one("SELECT COUNT(*) FROM once", rs -> rs.getLong(1))).orElseThrow());
    }
  }

  @Test
  void workOfItsOwnDoesNotHoldUpTheSharedWrites() throws Exception {
    String url = "jdbc:h2:mem:own" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
    try (Database db = Database.open(url, "", "", 4)) {
      db.transaction(sql -> sql.update("CREATE TABLE w (k VARCHAR(20) PRIMARY KEY)"));
      CountDownLatch running = new CountDownLatch(1);
      CountDownLatch finish = new CountDownLatch(1);
      Future<String> report = callers.submit(() -> db.unitOfItsOwn(() -> {
        db.transaction(sql -> sql.update("INSERT INTO w VALUES ('report')"));
        running.countDown();
        finish.await();
        return "report";
      }));
      assertTrue(running.await(10, TimeUnit.SECONDS));
      // a shared write commits while the long one is still running
      assertEquals("settled", callers.submit(() -> db.unit(() -> {
        db.transaction(sql -> sql.update("INSERT INTO w VALUES ('settlement')"));
        return "settled";
      })).get(10, TimeUnit.SECONDS));
      assertEquals(1L, db.read(sql -> sql.one("SELECT COUNT(*) FROM w", rs -> rs.getLong(1))).orElseThrow());
      finish.countDown();
      assertEquals("report", report.get(10, TimeUnit.SECONDS));
      assertEquals(2L, db.read(sql -> sql.one("SELECT COUNT(*) FROM w", rs -> rs.getLong(1))).orElseThrow());
    }
  }
}
