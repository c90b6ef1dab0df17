package civil.api.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the embedded H2 file from growing without end.
 *
 * <p>H2 writes the pages each commit changed to a new stretch of its file, a chunk, and reuses a
 * chunk's space only once no live page is left in it. Nearly every chunk keeps a few live pages
 * (the last version of a full leaf, say), so without tidying almost no space was ever reused: a
 * stream of settlements made the file grow by 30-55 KB per settlement, at any pace, for good. H2's
 * own tidying runs on its background writer, which exists only when commits are written late;
 * ours are written before each answer ({@code WRITE_DELAY=0}), so it never ran.
 *
 * <p>Every {@value #PERIOD_MS} ms this does what that writer would, on a thread of its own:
 * <ol>
 *   <li>it forces what H2 has written to the disk ({@code fsync});
 *   <li>while the chunks hold less than {@value #TARGET_FILL_PERCENT}% live data, it copies the live
 *       pages of the emptiest old chunks (at most {@value #WRITE_LIMIT_BYTES} bytes of them at a
 *       time, for at most {@value #BUDGET_MS} ms a round) into a new chunk, so that the old chunks
 *       hold nothing live and their space can be written again.
 * </ol>
 *
 * <p>H2 keeps a chunk's space unwritten for its retention time after the chunk was made (45 s by
 * default), so that a file whose last writes a power failure lost still opens at an older state.
 * Since everything written here reaches the disk within {@value #PERIOD_MS} ms, this shortens that
 * time to {@value #RETENTION_MS} ms, fifty rounds of margin, whatever the URL says. It must not be
 * much shorter: H2 opens a file again by following its latest chunks, and with no retention time
 * at all, a server killed while its file was being tidied lost settlements it had acknowledged.
 * With {@value #RETENTION_MS} ms the same kill test kept every one. The file then stops growing at
 * a size set by its live data and by what is written in those ten seconds; it does not shrink
 * (compacting a stopped database does that).
 *
 * <p>Copying a page never changes what it holds. The copying holds H2's store lock, and so holds up
 * commits, only for one bounded copy at a time.
 */
final class FileTidying implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FileTidying.class);
  /** How often the file is tidied. */
  static final int PERIOD_MS = 200;
  /** Tidying starts when the chunks hold less live data than this (H2's own default is 90). */
  static final int TARGET_FILL_PERCENT = 50;
  /** The most live data copied at a time. */
  static final int WRITE_LIMIT_BYTES = 512 * 1024;
  /** The longest a round goes on copying. */
  static final int BUDGET_MS = 20;
  /** How long H2 keeps a chunk's space unwritten after the chunk was made (H2's own default is 45 s). */
  static final int RETENTION_MS = 10_000;

  private final MVStore store;
  private final ScheduledExecutorService timer;

  /** {@code timer} runs the rounds; null when they are run by calling {@link #tidy}. */
  private FileTidying(MVStore store, ScheduledExecutorService timer) {
    this.store = store;
    this.timer = timer;
  }

  /**
   * Tidying of the H2 file {@code connection} is open on, every {@value #PERIOD_MS} ms, with the
   * retention time set to {@value #RETENTION_MS} ms; none when it is not an H2 database kept in a
   * file (PostgreSQL, or H2 in memory or read only).
   */
  static Optional<FileTidying> start(Connection connection) throws SQLException {
    return store(connection).map(s -> {
      // whatever RETENTION_TIME a URL set: with none at all, a killed server lost settlements it had
      // acknowledged once the tidying made H2 write over the chunks it needed to open the file again
      s.getFileStore().setRetentionTime(RETENTION_MS);
      FileTidying tidying = new FileTidying(s, Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "civil-file-tidying");
        t.setDaemon(true);
        return t;
      }));
      tidying.timer.scheduleWithFixedDelay(tidying::tidyQuietly, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
      return tidying;
    });
  }

  /**
   * Tidying of the H2 file {@code connection} is open on that runs only when {@link #tidy} is
   * called, and leaves the retention time as it is.
   */
  static Optional<FileTidying> manual(Connection connection) throws SQLException {
    return store(connection).map(s -> new FileTidying(s, null));
  }

  /** The H2 store kept in a file that {@code connection} is open on, if it is one and it may be written. */
  static Optional<MVStore> store(Connection connection) throws SQLException {
    if (!connection.isWrapperFor(JdbcConnection.class)) {
      return Optional.empty();
    }
    if (!(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)
        || session.getDatabase().getStore() == null) {
      return Optional.empty();
    }
    MVStore store = session.getDatabase().getStore().getMvStore();
    FileStore<?> file = store.getFileStore();
    return file == null || file.isReadOnly() ? Optional.empty() : Optional.of(store);
  }

  /**
   * Copies the live pages of the emptiest old chunks, if the chunks are emptier than the target,
   * and writes the copies; whether anything was copied.
   */
  boolean tidy() {
    if (store.isClosed() || !store.compact(TARGET_FILL_PERCENT, WRITE_LIMIT_BYTES)) {
      return false;
    }
    // written now, not at the next commit, so that an idle server's file is tidied too
    store.tryCommit();
    return true;
  }

  private void tidyQuietly() {
    try {
      // first to disk: what is written is then safe from a power failure, and the retention time
      // can be short
      store.sync();
      long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BUDGET_MS);
      while (tidy() && System.nanoTime() - until < 0) {
        // again, while there is more to copy and time left in this round
      }
    } catch (RuntimeException e) {
      // the file is as it was: nothing is lost, it only grows; the next round tries again
      if (!store.isClosed()) {
        LOG.warn("tidying the database file failed", e);
      }
    }
  }

  /** Stops the rounds, letting one under way finish (it is short), before the database is closed. */
  @Override
  public void close() {
    if (timer != null) {
      // not interrupted: H2 takes an interrupt in the middle of its work as a failure
      timer.shutdown();
      try {
        if (!timer.awaitTermination(10, TimeUnit.SECONDS)) {
          timer.shutdownNow();
        }
      } catch (InterruptedException e) {
        timer.shutdownNow();
        Thread.currentThread().interrupt();
      }
    }
  }
}
