package civil.api.testing;

import civil.api.storage.Database;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;

/**
 * Every row of every table the casework writes (the audit log and the migration history left
 * out), as one string: two equal snapshots mean nothing was stored in between.
 */
public final class Snapshot {
  /** Tables that change on every request, refused or not: the audit log and Flyway's own. */
  private static final List<String> EXCLUDED = List.of("audit_entry", "flyway_schema_history");

  private Snapshot() {}

  /** Every table of the schema but the excluded ones. */
  public static String of(Database db) {
    List<String> tables = db.read(sql -> sql.list("SELECT LOWER(table_name) FROM information_schema.tables"
        + " WHERE LOWER(table_schema) = 'public' AND table_type = 'BASE TABLE' ORDER BY 1", rs -> rs.getString(1)));
    if (tables.size() < 30) {
      throw new IllegalStateException("the snapshot sees only " + tables + "; is the schema query right?");
    }
    return of(db, tables.stream().filter(t -> !EXCLUDED.contains(t)).toList());
  }

  public static String of(Database db, List<String> tables) {
    return db.read(sql -> {
      StringBuilder out = new StringBuilder();
      for (String table : tables) {
        out.append(table).append(':');
        // the audit log's counter moves with every request audited, refused or not
        String where = table.equals("counter") ? " WHERE name <> 'audit'" : "";
        // rows sorted whole: ordering by the first column alone leaves ties (a composite key) to the database's whim
        out.append(String.join("|", sql.list("SELECT * FROM " + table + where, Snapshot::row).stream().sorted()
            .toList()));
        out.append('\n');
      }
      return out.toString();
    });
  }

  private static String row(ResultSet rs) throws SQLException {
    ResultSetMetaData m = rs.getMetaData();
    StringBuilder r = new StringBuilder();
    for (int i = 1; i <= m.getColumnCount(); i++) {
      r.append(rs.getString(i)).append(',');
    }
    return r.toString();
  }
}
