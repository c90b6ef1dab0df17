package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A resident's year to date is read from one row instead of summed over all their settlements of
 * the year, which cost more with every settlement (a patient on dialysis settles a bill three
 * times a week). Every settlement row already holds the year to date after it was made
 * ({@code after_*}); a reversal now writes onto the reversed row the year to date after the
 * reversal ({@code after_reversal_*}) and the number of that event ({@code event_seq}, drawn from
 * the settlement sequence, as a settlement's own {@code seq} is). The resident's year to date is
 * then what the row with the highest {@code event_seq} of their policy year says: the latest
 * settlement or reversal. It still lives in the settlement rows alone, never in a separate total.
 *
 * <p>Rows stored before this migration get their {@code policy_year} and {@code event_seq =
 * seq}. A reversal stored before it has no recorded place among the settlements, so each reversed
 * row gets a fresh number from the sequence (after every settlement so far) and, as its year to
 * date after reversal, the sum this migration replaces: what the year's standing settlements add
 * up to now.
 */
public class V18__YearToDateFromLatestEvent extends BaseJavaMigration {
  private static final String[] PARTS = {"basic_paid", "critical_base", "critical_paid", "aid_base", "aid_paid"};

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    try (Statement s = c.createStatement()) {
      for (String table : List.of("settlement", "settlement_version")) {
        s.execute("ALTER TABLE " + table + " ADD COLUMN policy_year INT");
        s.execute("ALTER TABLE " + table + " ADD COLUMN event_seq BIGINT");
        for (String part : PARTS) {
          s.execute("ALTER TABLE " + table + " ADD COLUMN after_reversal_" + part + " BIGINT DEFAULT 0 NOT NULL");
        }
        s.execute("UPDATE " + table + " SET policy_year = EXTRACT(YEAR FROM settled_on), event_seq = seq");
      }
      List<String> reversed = new ArrayList<>();
      try (ResultSet r = s.executeQuery(
          "SELECT settlement_id FROM settlement WHERE reversed_on IS NOT NULL ORDER BY seq")) {
        while (r.next()) {
          reversed.add(r.getString(1));
        }
      }
      StringBuilder sums = new StringBuilder("SELECT ");
      StringBuilder sets = new StringBuilder("UPDATE settlement SET event_seq = ?");
      for (int i = 0; i < PARTS.length; i++) {
        sums.append(i == 0 ? "" : ", ").append("COALESCE(SUM(t.after_").append(PARTS[i]).append(" - t.before_")
            .append(PARTS[i]).append("), 0)");
        sets.append(", after_reversal_").append(PARTS[i]).append(" = ?");
      }
      sums.append(" FROM settlement t, settlement s WHERE s.settlement_id = ? AND t.resident_id = s.resident_id")
          .append(" AND t.policy_year = s.policy_year AND t.reversed_on IS NULL");
      sets.append(" WHERE settlement_id = ?");
      try (PreparedStatement sum = c.prepareStatement(sums.toString());
          PreparedStatement set = c.prepareStatement(sets.toString())) {
        for (String id : reversed) {
          long event;
          try (ResultSet n = s.executeQuery("SELECT nextval('settlement_seq')")) {
            n.next();
            event = n.getLong(1);
          }
          sum.setString(1, id);
          set.setLong(1, event);
          try (ResultSet r = sum.executeQuery()) {
            r.next();
            for (int i = 0; i < PARTS.length; i++) {
              set.setLong(2 + i, r.getLong(1 + i));
            }
          }
          set.setString(2 + PARTS.length, id);
          set.executeUpdate();
        }
      }
      s.execute("ALTER TABLE settlement ALTER COLUMN policy_year SET NOT NULL");
      s.execute("ALTER TABLE settlement ALTER COLUMN event_seq SET NOT NULL");
      // the latest event of a resident's policy year, read backwards from its end, with what the
      // year to date is read from: the database answers from the index alone, without reading the
      // row (two kilobytes with its explanation, and on H2 the whole page of rows around it)
      s.execute("CREATE INDEX settlement_latest_event ON settlement (resident_id, policy_year, event_seq, reversed_on,"
          + " after_basic_paid, after_critical_base, after_critical_paid, after_aid_base, after_aid_paid,"
          + " after_reversal_basic_paid, after_reversal_critical_base, after_reversal_critical_paid,"
          + " after_reversal_aid_base, after_reversal_aid_paid)");
      s.execute("DROP INDEX settlement_year_to_date");
    }
  }
}
