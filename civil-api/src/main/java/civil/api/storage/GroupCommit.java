package civil.api.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Units of work that share one commit: a single writer thread takes every unit waiting, runs them
 * one after another in one transaction (each to a savepoint of its own), commits once, and only
 * then answers each caller. It is how the embedded H2 database, which writes its file at every
 * commit, shares one write among many requests; a caller is answered only after the commit that
 * holds its work has returned.
 *
 * <p>What a unit's caller sees is what it would see with a transaction of its own:
 * <ul>
 *   <li>a unit that throws is undone to its savepoint, and its caller gets the exception; the
 *       others of its batch are not affected;
 *   <li>if the commit fails, nothing of the batch is stored and every caller whose unit had
 *       succeeded gets the commit's error;
 *   <li>a unit that loses a race (a deadlock or lock timeout against a transaction outside the
 *       group, say) may have cost the whole transaction, so the whole batch is rolled back and
 *       every caller runs its unit again in a transaction of its own ({@link Outcome#RUN_ALONE}).
 * </ul>
 *
 * <p>Units run on the writer thread one at a time, so a unit must not wait for another thread that
 * itself waits for a unit; and a unit that runs long holds up every other write, so work of that
 * kind takes a transaction of its own instead ({@link Database#unitOfItsOwn}).
 */
final class GroupCommit implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);
  private static final int MAX_BATCH = 64;

  /** How a unit run by the group ended. */
  enum Outcome {
    /** Committed; {@link Task#result} is its value. */
    DONE,
    /** Failed, with nothing of it stored; {@link Task#error} is why. */
    FAILED,
    /** Rolled back with its batch after a lost race: the caller runs it again on its own. */
    RUN_ALONE
  }

  /** Where a batch's connection comes from (the pool). */
  @FunctionalInterface
  interface Connections {
    Connection open() throws SQLException;
  }

  private final Connections connections;
  /** The writer thread's transaction, for the units it runs to join. */
  private final ThreadLocal<Connection> ambient;
  /** Where a unit's failed part that was caught is kept (see {@link Database#transactionFailingUnit}). */
  private final ThreadLocal<Throwable> spoiled;
  private final Predicate<SQLException> lostRace;
  private final LinkedBlockingQueue<Task<?>> queue = new LinkedBlockingQueue<>();
  private final Thread thread;
  private volatile boolean closed;
  private volatile long commits; // written by the writer thread only
  /** Put in the queue by {@link #close}: the writer stops when it comes to it. */
  private final Task<Void> stop = new Task<>(() -> null);

  GroupCommit(Connections connections, ThreadLocal<Connection> ambient, ThreadLocal<Throwable> spoiled,
      Predicate<SQLException> lostRace) {
    this.connections = connections;
    this.ambient = ambient;
    this.spoiled = spoiled;
    this.lostRace = lostRace;
    thread = new Thread(this::loop, "civil-group-commit");
    thread.setDaemon(true);
    thread.start();
  }

  /** A unit handed to the writer, and how it ended. */
  static final class Task<T> {
    private final Database.Unit<T> unit;
    private final Thread caller = Thread.currentThread();
    private volatile Outcome outcome;
    T result;
    Throwable error;

    private Task(Database.Unit<T> unit) {
      this.unit = unit;
    }

    Outcome outcome() {
      return outcome;
    }

    private void end(Outcome how) {
      outcome = how;
      LockSupport.unpark(caller);
    }
  }

  /** Hands {@code unit} to the writer and waits until its batch has committed or failed. */
  <T> Task<T> run(Database.Unit<T> unit) {
    Task<T> task = new Task<>(unit);
    if (closed || !thread.isAlive()) {
      task.error = closedError();
      task.outcome = Outcome.FAILED;
      return task;
    }
    queue.add(task);
    boolean interrupted = false;
    while (task.outcome == null) {
      // woken by the writer; the timeout only rechecks for a close that raced with the handing over
      LockSupport.parkNanos(this, 50_000_000L);
      if (Thread.interrupted()) {
        interrupted = true; // the unit is in the writer's hands: wait for it all the same
      }
      if (closed && task.outcome == null && queue.remove(task)) {
        task.error = closedError();
        task.outcome = Outcome.FAILED;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return task;
  }

  private void loop() {
    List<Task<?>> batch = new ArrayList<>();
    while (!closed) {
      try {
        batch.add(queue.take());
      } catch (InterruptedException e) {
        break;
      }
      queue.drainTo(batch, MAX_BATCH - 1);
      boolean stopping = batch.remove(stop);
      try {
        if (!batch.isEmpty()) {
          runBatch(batch);
        }
      } catch (Throwable unexpected) {
        LOG.error("group commit failed unexpectedly", unexpected);
        for (Task<?> t : batch) {
          if (t.outcome == null) {
            t.error = unexpected;
            t.result = null;
            t.end(Outcome.FAILED);
          }
        }
      }
      batch.clear();
      if (stopping) {
        break;
      }
    }
    // closed: no one will run what is still waiting
    List<Task<?>> left = new ArrayList<>();
    queue.drainTo(left);
    for (Task<?> t : left) {
      t.error = closedError();
      t.end(Outcome.FAILED);
    }
  }

  private void runBatch(List<Task<?>> batch) throws SQLException {
    // by task: null while it succeeded, its error once it failed
    Throwable[] failed = new Throwable[batch.size()];
    boolean lost = false;
    SQLException commitError = null;
    try (Connection c = connections.open()) {
      c.setAutoCommit(false);
      ambient.set(c);
      try {
        for (int i = 0; i < batch.size() && !lost; i++) {
          Task<?> t = batch.get(i);
          Savepoint before = c.setSavepoint();
          try {
            runOne(t);
          } catch (Throwable e) {
            spoiled.remove();
            SQLException sql = Database.sqlCause(e);
            if (sql != null && lostRace.test(sql)) {
              lost = true;
            } else {
              c.rollback(before);
              failed[i] = e;
            }
          }
        }
        if (lost) {
          c.rollback();
        } else {
          try {
            c.commit();
            commits++;
          } catch (SQLException e) {
            commitError = e;
            rollback(c);
          }
        }
      } finally {
        ambient.remove();
        spoiled.remove();
        c.setAutoCommit(true);
      }
    }
    for (int i = 0; i < batch.size(); i++) {
      Task<?> t = batch.get(i);
      if (lost) {
        t.result = null;
        t.end(Outcome.RUN_ALONE);
      } else if (failed[i] != null) {
        t.error = failed[i]; // its result was never set
        t.end(Outcome.FAILED);
      } else if (commitError != null) {
        t.result = null;
        t.error = commitError;
        t.end(Outcome.FAILED);
      } else {
        t.end(Outcome.DONE);
      }
    }
  }

  /** Commits made so far, each for one or more units. */
  long commits() {
    return commits;
  }

  /** Units handed over and not yet taken by the writer. */
  int waiting() {
    return queue.size();
  }

  private static StorageException closedError() {
    return new StorageException(new SQLException("the database is closed", "08003"));
  }

  private <T> void runOne(Task<T> t) throws Exception {
    T result = t.unit.run();
    Database.throwIfSpoiled(spoiled);
    t.result = result;
  }

  private static void rollback(Connection c) {
    try {
      c.rollback();
    } catch (SQLException e) {
      LOG.warn("rollback after a failed commit failed", e);
    }
  }

  @Override
  public void close() {
    closed = true;
    // not an interrupt: the writer may be in the middle of writing the database's file
    queue.add(stop);
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
