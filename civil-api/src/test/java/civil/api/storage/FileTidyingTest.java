package civil.api.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.SQLException;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded file is tidied: the live pages of chunks that hold little are copied together, so
 * that the file's space can be written again, and nothing stored is lost by it.
 */
class FileTidyingTest {
  private static final int ROWS = 3000;

  @TempDir Path dir;

  /**
   * An H2 file that keeps no old chunk, so that every chunk may be tidied at once (not safe against
   * a kill, which these tests do not do; the server keeps them 10 s).
   */
  private Database openKeepingNoOldChunk(String name) throws SQLException {
    Database db = Database.open(Database.h2Url(dir.resolve(name).toString()), "", "", 2);
    file(db).setRetentionTime(0);
    return db;
  }

  /**
   * Stores {@link #ROWS} rows in {@code t}, one commit each, indexed by a random key as settlements
   * are by resident; the sum of their ids.
   */
  private static long writeOneRowPerCommit(Connection c) throws SQLException {
    SplittableRandom random = new SplittableRandom(7);
    long sum = 0;
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO t VALUES (?, ?, ?)")) {
      for (long id = 0; id < ROWS; id++) {
        insert.setLong(1, id);
        insert.setString(2, Long.toHexString(random.nextLong()));
        insert.setString(3, "x".repeat(300));
        insert.executeUpdate();
        sum += id;
      }
    }
    return sum;
  }

  private static long count(Database db) {
    return db.read(sql -> sql.one("SELECT COUNT(*) FROM t", rs -> rs.getLong(1))).orElseThrow();
  }

  private static FileStore<?> file(Database db) throws SQLException {
    try (Connection c = db.dataSource().getConnection()) {
      return FileTidying.store(c).map(MVStore::getFileStore).orElseThrow();
    }
  }

  @Test
  void tidyingAFileWrittenInSmallCommitsLeavesItsChunksMostlyLiveAndKeepsEveryRow() throws Exception {
    // H2 alone (no server's Database, which tidies by itself), keeping no old chunk
    String url = Database.h2Url(dir.resolve("small-commits").toString()) + ";RETENTION_TIME=0";
    long sum;
    try (Connection c = DriverManager.getConnection(url)) {
      try (Statement st = c.createStatement()) {
        st.execute("CREATE TABLE t (id BIGINT PRIMARY KEY, k VARCHAR(20), v VARCHAR(400))");
        st.execute("CREATE INDEX t_k ON t (k)");
      }
      sum = writeOneRowPerCommit(c);
      FileStore<?> file = FileTidying.store(c).orElseThrow().getFileStore();
      int fillBefore = file.getChunksFillRate();
      assertTrue(fillBefore < FileTidying.TARGET_FILL_PERCENT, "chunks " + fillBefore + "% live before tidying");

      FileTidying tidying = FileTidying.manual(c).orElseThrow();
      int rounds = 0;
      while (tidying.tidy() && rounds < 10_000) {
        rounds++;
      }

      int fillAfter = file.getChunksFillRate();
      assertTrue(rounds > 0);
      assertTrue(fillAfter >= FileTidying.TARGET_FILL_PERCENT, "chunks " + fillAfter + "% live after " + rounds + " rounds");
    }
    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(*), SUM(id) FROM t")) {
      rs.next();
      assertEquals(ROWS, rs.getLong(1));
      assertEquals(sum, rs.getLong(2));
    }
  }

  @Test
  void theServersDatabaseTidiesItsFileByItself() throws Exception {
    Database db = openKeepingNoOldChunk("by-itself");
    try {
      // Database.open started the tidying; it copies as the rows come, and after them
      db.transaction(sql -> sql.update("CREATE TABLE t (id BIGINT PRIMARY KEY, k VARCHAR(20), v VARCHAR(400))"));
      db.transaction(sql -> sql.update("CREATE INDEX t_k ON t (k)"));
      try (Connection c = db.dataSource().getConnection()) {
        writeOneRowPerCommit(c);
      }
      long deadline = System.nanoTime() + 20_000_000_000L;
      while (file(db).getChunksFillRate() < FileTidying.TARGET_FILL_PERCENT && System.nanoTime() < deadline) {
        LockSupport.parkNanos(20_000_000L); // the next round is at most 200 ms away
      }
      assertTrue(file(db).getChunksFillRate() >= FileTidying.TARGET_FILL_PERCENT,
          "chunks " + file(db).getChunksFillRate() + "% live");
      assertEquals(ROWS, count(db));
    } finally {
      db.close();
    }
  }

  @Test
  void theServersDatabaseKeepsOldChunksTenSecondsNotH2sFortyFive() throws Exception {
    Database db = Database.open(Database.h2Url(dir.resolve("retention").toString()), "", "", 2);
    try {
      assertEquals(FileTidying.RETENTION_MS, file(db).getRetentionTime());
    } finally {
      db.close();
    }
  }

  @Test
  void noRetentionTimeSetInTheUrlIsKept() throws Exception {
    Database db = Database.open(Database.h2Url(dir.resolve("no-retention").toString()) + ";RETENTION_TIME=0", "", "", 2);
    try {
      assertEquals(FileTidying.RETENTION_MS, file(db).getRetentionTime());
    } finally {
      db.close();
    }
  }

  @Test
  void aDatabaseInMemoryHasNoFileToTidy() throws Exception {
    Database db = Database.open("jdbc:h2:mem:tidying;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "", "", 2);
    try (Connection c = db.dataSource().getConnection()) {
      assertTrue(FileTidying.start(c).isEmpty());
    } finally {
      db.close();
    }
  }
}
