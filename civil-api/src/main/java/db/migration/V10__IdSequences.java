package db.migration;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Every record id that need not run without gaps comes from a sequence of its own
 * ({@code id_<counter>_seq}, see {@code Sql.nextId}) instead of a counter row that each writer
 * locks until it commits. Each sequence starts after the counter it replaces, so no id is given
 * twice. Only the charity receipt numbers, which the rules want without gaps, keep counters. The
 * list is this migration's own: an id added later gets its sequence in a later migration.
 */
public class V10__IdSequences extends BaseJavaMigration {
  static final List<String> COUNTERS = List.of("village-publication", "village-inspection", "election-survey", "household",
      "hardship-payment", "temporary-grant", "relief-round", "supply-item", "supply-movement", "grain-ration",
      "donation-seq", "clearing", "reconciliation", "assessment_seq", "rectification_seq", "visit_seq", "attendance_seq",
      "volunteer_seq", "need_seq", "run_seq", "activity_seq", "api-token", "NH", "HC", "CW", "VS", "DC", "DE", "MR", "AC", "AS", "RT",
      "charity-INV", "charity-CP", "charity-DB", "charity-EX");

  @Override
  public void migrate(Context context) throws Exception {
    try (Statement s = context.getConnection().createStatement()) {
      for (String counter : COUNTERS) {
        long current = 0;
        try (ResultSet r = s.executeQuery("SELECT current_value FROM counter WHERE name = '" + counter + "'")) {
          if (r.next()) {
            current = r.getLong(1);
          }
        }
        String sequence = "id_" + counter.toLowerCase(java.util.Locale.ROOT).replace('-', '_') + "_seq";
        s.execute("CREATE SEQUENCE " + sequence);
        s.execute("ALTER SEQUENCE " + sequence + " RESTART WITH " + (current + 1));
      }
    }
  }
}
