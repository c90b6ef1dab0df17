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
  private static final List<String> TABLES = List.of("counter", "aid_category", "resident_lock", "bill", "year_to_date",
      "settlement", "household", "household_member", "hardship_recipient", "hardship_payment", "hardship_month",
      "temporary_grant", "relief_round", "supply_item", "supply_movement", "charity_unit", "invitation", "campaign",
      "donation", "disbursement", "expense", "api_token");

  private Snapshot() {}

  public static String of(Database db) {
    return of(db, TABLES);
  }

  public static String of(Database db, List<String> tables) {
    return db.read(sql -> {
      StringBuilder out = new StringBuilder();
      for (String table : tables) {
        out.append(table).append(':');
        out.append(String.join("|", sql.list("SELECT * FROM " + table + " ORDER BY 1", Snapshot::row)));
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
