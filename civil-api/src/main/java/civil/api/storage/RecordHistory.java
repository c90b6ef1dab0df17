package civil.api.storage;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The past of every record the bureau keeps, so that anything can be read as it stood at an
 * earlier instant (an as-of report, say).
 *
 * <p>A <em>recorded table</em> is a table with a {@code recorded_at} column (epoch milliseconds,
 * server time) and a companion {@code <table>_version} holding the same columns plus
 * {@code superseded_at}. Every write to a recorded table goes through {@link Sql#update}, which
 * hands it here:
 * <ul>
 *   <li>an {@code INSERT} is stamped with the transaction's instant;
 *   <li>an {@code UPDATE} or {@code DELETE} first copies the rows it is about to change into the
 *       companion, stamped as superseded at that instant, and an {@code UPDATE} stamps the new row.
 * </ul>
 * So a row counts at instant {@code t} when it is current and was recorded at or before {@code t},
 * or when a copy of it was recorded at or before {@code t} and superseded after it. Reads made as of
 * an instant ({@link Database#asOf}) see every recorded table through that rule; nothing else
 * changes in the queries the stores write.
 *
 * <p>Which tables are recorded is read from the schema at start (every table with a companion),
 * so a migration that adds a table and its companion brings it under the rule. Counters, lock
 * rows, tokens, the audit log and the stored publications are not recorded tables.
 */
final class RecordHistory {
  static final String RECORDED_AT = "recorded_at";
  static final String VERSION_SUFFIX = "_version";

  private static final Pattern INSERT =
      Pattern.compile("(?s)^\\s*INSERT INTO (\\w+) \\((.*?)\\)\\s*(VALUES\\s*\\(|SELECT\\s)(.*)$");
  private static final Pattern UPDATE = Pattern.compile("(?s)^\\s*UPDATE (\\w+) SET (.*?) WHERE (.*)$");
  private static final Pattern DELETE = Pattern.compile("(?s)^\\s*DELETE FROM (\\w+) WHERE (.*)$");
  private static final Pattern WRITTEN_TABLE = Pattern.compile(
      "(?is)^\\s*(?:INSERT INTO|UPDATE|DELETE FROM|MERGE INTO|UPSERT INTO|REPLACE INTO) (\\w+)\\b.*");
  /** An insert that may overwrite a row it collides with: it would replace a row without keeping it. */
  private static final Pattern OVERWRITING = Pattern.compile("(?is).*\\bON\\s+(?:CONFLICT|DUPLICATE)\\b.*");
  private static final Pattern READ_TABLE = Pattern.compile(
      "\\b(FROM|JOIN)\\s+(\\w+)(?:\\s+(?!(?i:WHERE|ORDER|GROUP|JOIN|LEFT|RIGHT|INNER|CROSS|ON|LIMIT|UNION|FOR|HAVING|OFFSET)\\b)([a-z_][a-z0-9_]*))?");

  /** A statement to run: its text and arguments. */
  record Statement(String sql, Object[] args) {}

  private final Map<String, List<String>> columns;
  /** Each write's plan by its text; at most {@link #MAX_PLANS} (the stores' statements are a few hundred fixed texts). */
  private final Map<String, Plan> plans = new ConcurrentHashMap<>();
  private static final int MAX_PLANS = 1024;

  private RecordHistory(Map<String, List<String>> columns) {
    this.columns = Collections.unmodifiableMap(columns);
  }

  /** The recorded tables of the schema {@code c} is connected to, with their columns in order. */
  static RecordHistory read(Connection c) throws SQLException {
    Map<String, List<String>> all = new TreeMap<>();
    DatabaseMetaData meta = c.getMetaData();
    try (ResultSet rs = meta.getColumns(null, c.getSchema(), "%", "%")) {
      while (rs.next()) {
        String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
        int position = rs.getInt("ORDINAL_POSITION");
        List<String> cols = all.computeIfAbsent(table, t -> new ArrayList<>());
        while (cols.size() < position) {
          cols.add(null);
        }
        cols.set(position - 1, rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
      }
    }
    Map<String, List<String>> recorded = new TreeMap<>();
    for (Map.Entry<String, List<String>> e : all.entrySet()) {
      String table = e.getKey();
      if (all.containsKey(table + VERSION_SUFFIX) && e.getValue().contains(RECORDED_AT)) {
        recorded.put(table, List.copyOf(e.getValue()));
      }
    }
    return new RecordHistory(recorded);
  }

  /** The recorded tables. */
  java.util.Set<String> tables() {
    return columns.keySet();
  }

  /**
   * The statements that make {@code sql} a recorded write at {@code now}: the statement itself
   * when it writes no recorded table; otherwise the copy of the rows it supersedes (for an update
   * or a delete) and the statement stamped with {@code now}. A write to a recorded table in a form
   * this class does not know is refused, so no write escapes the history unnoticed.
   */
  List<Statement> write(String sql, Object[] args, long now) {
    Plan plan = plans.get(sql);
    if (plan == null) {
      plan = plan(sql);
      if (plans.size() < MAX_PLANS) {
        plans.put(sql, plan);
      }
    }
    return plan.statements(args, now);
  }

  /** What a write becomes, worked out once per statement text (matching it costs more than running it). */
  private record Plan(Kind kind, String sql, String supersede, int setArgs) {
    enum Kind { AS_IS, INSERT, UPDATE, DELETE }

    List<Statement> statements(Object[] args, long now) {
      switch (kind) {
        case INSERT:
          return List.of(new Statement(sql, prepend(now, args)));
        case UPDATE:
          return List.of(new Statement(supersede, prepend(now, Arrays.copyOfRange(args, setArgs, args.length))),
              new Statement(sql, prepend(now, args)));
        case DELETE:
          return List.of(new Statement(supersede, prepend(now, args)), new Statement(sql, args));
        default:
          return List.of(new Statement(sql, args));
      }
    }
  }

  private Plan plan(String sql) {
    Matcher table = WRITTEN_TABLE.matcher(sql);
    if (!table.matches() || !columns.containsKey(table.group(1).toLowerCase(Locale.ROOT))) {
      return new Plan(Plan.Kind.AS_IS, sql, null, 0);
    }
    Matcher m = INSERT.matcher(sql);
    if (m.matches() && !OVERWRITING.matcher(sql).matches()) {
      String stamped = "INSERT INTO " + m.group(1) + " (" + RECORDED_AT + ", " + m.group(2) + ") "
          + (m.group(3).startsWith("VALUES") ? "VALUES (?, " : "SELECT ?, ") + m.group(4);
      return new Plan(Plan.Kind.INSERT, stamped, null, 0);
    }
    m = UPDATE.matcher(sql);
    if (m.matches()) {
      String t = m.group(1);
      return new Plan(Plan.Kind.UPDATE, "UPDATE " + t + " SET " + RECORDED_AT + " = ?, " + m.group(2) + " WHERE "
          + m.group(3), supersede(t, m.group(3)), count(m.group(2)));
    }
    m = DELETE.matcher(sql);
    if (m.matches()) {
      return new Plan(Plan.Kind.DELETE, sql, supersede(m.group(1), m.group(2)), 0);
    }
    throw new IllegalStateException("a write to a recorded table in a form that keeps no history: " + sql);
  }

  /** The copy of the rows {@code where} selects into the companion; its first argument is the instant. */
  private String supersede(String table, String where) {
    String cols = String.join(", ", columns.get(table.toLowerCase(Locale.ROOT)));
    return "INSERT INTO " + table + VERSION_SUFFIX + " (" + cols + ", superseded_at) SELECT " + cols
        + ", ? FROM " + table + " WHERE " + where;
  }

  /**
   * {@code sql} reading every recorded table as it stood at {@code asOf}: each reference
   * {@code FROM t} or {@code JOIN t} (with or without an alias) becomes a derived table of the
   * rows that counted then.
   */
  String asOf(String sql, long asOf) {
    if (sql.matches("(?is).*\\bFOR\\s+UPDATE\\b.*")) {
      throw new IllegalStateException("a locking read while reading as of an instant: " + sql);
    }
    Matcher m = READ_TABLE.matcher(sql);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String table = m.group(2).toLowerCase(Locale.ROOT);
      if (!columns.containsKey(table)) {
        m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
        continue;
      }
      String alias = m.group(3) == null ? m.group(2) : m.group(3);
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + " (" + view(table, used(table, sql), asOf) + ") "
          + alias));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * The columns of {@code table} that {@code sql} can refer to: all of them when it selects
   * {@code *}, otherwise those it names. A view of fewer columns is far cheaper where the database
   * materialises it (H2 does, for a union): a report's read of a million settlements never carries
   * their steps.
   */
  private List<String> used(String table, String sql) {
    List<String> all = columns.get(table);
    if (sql.contains("*")) {
      return all;
    }
    List<String> named = all.stream()
        .filter(c -> Pattern.compile("\\b" + Pattern.quote(c) + "\\b", Pattern.CASE_INSENSITIVE).matcher(sql).find())
        .toList();
    return named.isEmpty() ? all.subList(0, 1) : named;
  }

  private String view(String table, List<String> used, long asOf) {
    String cols = String.join(", ", used);
    return "SELECT " + cols + " FROM " + table + " WHERE " + RECORDED_AT + " <= " + asOf
        + " UNION ALL SELECT " + cols + " FROM " + table + VERSION_SUFFIX + " WHERE " + RECORDED_AT + " <= " + asOf
        + " AND superseded_at > " + asOf;
  }

  private static int count(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '?') {
        n++;
      }
    }
    return n;
  }

  private static Object[] prepend(Object first, Object[] rest) {
    Object[] out = new Object[rest.length + 1];
    out[0] = first;
    System.arraycopy(rest, 0, out, 1, rest.length);
    return out;
  }
}
