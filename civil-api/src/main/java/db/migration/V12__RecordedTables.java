package db.migration;

import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Keeps the past of every record: each table of the bureau's records gains {@code recorded_at}
 * (epoch milliseconds, server time; rows written before this migration read 0, "recorded before
 * history was kept", and count at every instant) and a companion {@code <table>_version} with the
 * same columns plus {@code superseded_at}, where a row is copied before it is changed or deleted.
 * The list is this migration's own: a table added later gets its companion in its own migration.
 */
public class V12__RecordedTables extends BaseJavaMigration {
  static final List<String> TABLES = List.of("aid_category", "settlement", "household", "household_member",
      "hardship_recipient", "hardship_payment", "temporary_grant", "relief_round", "supply_item", "supply_movement",
      "charity_unit", "invitation", "campaign", "donation", "disbursement", "expense", "nursing_home", "home_occupancy",
      "home_assessment", "rectification", "home_award", "care_worker", "home_care_client", "home_care_visit",
      "day_care_centre", "day_care_enrolment", "day_care_attendance", "volunteer", "volunteer_need",
      "community_adjacency", "matching_run", "activity", "hospital", "reconciliation", "clearing", "clearing_line",
      "village", "village_event", "village_publication", "village_inspection", "election_survey");

  @Override
  public void migrate(Context context) throws Exception {
    try (Statement s = context.getConnection().createStatement()) {
      for (String table : TABLES) {
        s.execute("ALTER TABLE " + table + " ADD COLUMN recorded_at BIGINT DEFAULT 0 NOT NULL");
        s.execute("CREATE TABLE " + table + "_version AS SELECT * FROM " + table + " WHERE 1 = 0");
        s.execute("ALTER TABLE " + table + "_version ADD COLUMN superseded_at BIGINT NOT NULL");
      }
    }
  }
}
