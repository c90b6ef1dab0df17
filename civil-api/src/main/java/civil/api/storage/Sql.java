package civil.api.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A thin layer over one JDBC connection: statements with positional arguments, rows mapped by a function. */
public final class Sql {
  /** Maps the current row of a result set. */
  @FunctionalInterface
  public interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private final Connection connection;
  private final StatementCache statements;
  private final RecordHistory history;
  private final Clock clock;
  private final Long asOf;
  private long now = Long.MIN_VALUE;

  /**
   * @param statements where statements are kept for reuse
   * @param history the recorded tables
   * @param clock the clock writes are recorded by
   * @param asOf the instant (epoch milliseconds) every read sees recorded tables as they stood, or
   *     null to read them as they are; with an instant, nothing may be written
   */
  Sql(Connection connection, StatementCache statements, RecordHistory history, Clock clock, Long asOf) {
    this.connection = connection;
    this.statements = statements;
    this.history = history;
    this.clock = clock;
    this.asOf = asOf;
  }

  /**
   * Runs a write. A write to a recorded table is recorded (see {@link RecordHistory}): stamped
   * with this connection's instant, the rows it replaces kept. Answers the rows the statement
   * itself changed.
   */
  public int update(String sql, Object... args) throws SQLException {
    if (asOf != null) {
      throw new IllegalStateException("nothing may be written while reading as of an instant: " + sql);
    }
    int changed = 0;
    for (RecordHistory.Statement s : history.write(sql, args, recordingInstant())) {
      try (StatementCache.Lease lease = statements.lend(connection, s.sql())) {
        changed = bind(lease.statement(), s.args()).executeUpdate();
      }
    }
    return changed;
  }

  /** The instant (epoch milliseconds) this connection's writes are recorded at: read once, then kept. */
  long recordingInstant() {
    if (now == Long.MIN_VALUE) {
      now = clock.millis();
    }
    return now;
  }

  public <T> List<T> list(String sql, Row<T> row, Object... args) throws SQLException {
    if (asOf != null) {
      // the instant is part of the text: a statement used once, not kept
      try (PreparedStatement ps = bind(connection.prepareStatement(history.asOf(sql, asOf)), args)) {
        return rows(ps, row);
      }
    }
    try (StatementCache.Lease lease = statements.lend(connection, sql)) {
      return rows(bind(lease.statement(), args), row);
    }
  }

  private static <T> List<T> rows(PreparedStatement ps, Row<T> row) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      List<T> out = new ArrayList<>();
      while (rs.next()) {
        out.add(row.map(rs));
      }
      return out;
    }
  }

  public <T> Optional<T> one(String sql, Row<T> row, Object... args) throws SQLException {
    List<T> found = list(sql, row, args);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  public boolean exists(String sql, Object... args) throws SQLException {
    return one(sql, rs -> true, args).isPresent();
  }

  /**
   * The next value of a gap-free counter, advanced inside the current transaction (its row stays
   * locked until the transaction ends, so no two transactions get the same value).
   */
  public long next(String counter) throws SQLException {
    if (update("UPDATE counter SET current_value = current_value + 1 WHERE name = ?", counter) == 0) {
      update("INSERT INTO counter (name, current_value) VALUES (?, 1)", counter);
      return 1;
    }
    return one("SELECT current_value FROM counter WHERE name = ?", rs -> rs.getLong(1), counter).orElseThrow();
  }

  /**
   * The next value of a database sequence ({@code <name>_seq}): never the same twice, held by no
   * transaction, possibly with gaps (a value drawn by a transaction that rolls back is not reused).
   */
  public long nextOf(String name) throws SQLException {
    if (asOf != null) {
      throw new IllegalStateException("nothing may be drawn while reading as of an instant");
    }
    return one("SELECT nextval('" + name + "_seq')", rs -> rs.getLong(1)).orElseThrow();
  }

  /**
   * The next number of a record id ({@code HH-000042}): from the id's own sequence, held by no
   * transaction, so ids may skip a number a rolled-back write drew. Ids that must run without
   * gaps (charity receipt numbers) use {@link #next} instead.
   */
  public long nextId(String counter) throws SQLException {
    return nextOf("id_" + counter.toLowerCase(Locale.ROOT).replace('-', '_'));
  }

  /**
   * Inserts a key row unless it exists, and answers whether this call inserted it; a concurrent
   * insert of the same key makes the transaction retry.
   */
  public boolean ensure(String table, String column, String key) throws SQLException {
    return update("INSERT INTO " + table + " (" + column + ") SELECT ? WHERE NOT EXISTS (SELECT 1 FROM " + table
        + " WHERE " + column + " = ?)", key, key) == 1;
  }

  /**
   * Locks the key row {@code key} of {@code table} until the transaction ends, creating it if
   * need be: the row that serialises every write about one thing (a resident, a month). The row
   * is locked first and created only when missing, so a key seen before costs one statement. A row
   * this transaction inserted is already its own until it ends; two transactions creating the same
   * key meet at the unique index, and the loser retries.
   */
  public void lockKey(String table, String column, String key) throws SQLException {
    String lock = "SELECT " + column + " FROM " + table + " WHERE " + column + " = ? FOR UPDATE";
    if (one(lock, rs -> true, key).isEmpty() && !ensure(table, column, key)) {
      one(lock, rs -> true, key);
    }
  }

  private static PreparedStatement bind(PreparedStatement ps, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      if (a == null) {
        ps.setNull(i + 1, Types.NULL);
      } else if (a instanceof LocalDate d) {
        ps.setObject(i + 1, d); // JDBC 4.2: no java.sql.Date, whose calendar arithmetic cost more than the read
      } else if (a instanceof Enum<?> e) {
        ps.setString(i + 1, e.name());
      } else {
        ps.setObject(i + 1, a);
      }
    }
    return ps;
  }

  /** A date column, or null. */
  public static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }
}
