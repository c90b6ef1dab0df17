package db.migration;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On the embedded database, each sequence reserves 1,024 values at a time instead of 32. H2 writes
 * a sequence's reservation to its catalogue in a transaction of the database's own, under one
 * lock for all sequences, and that write waits its turn behind every commit in flight: under
 * load, the settlement or audit entry that drew the 33rd number waited there for up to a third
 * of a second, and every other draw past a reservation queued behind it. Values stay unique and
 * rising; a process killed without a clean close skips at most the rest of a reservation, as it
 * skipped up to 32 before (sequence values may have gaps; see {@code Sql.nextOf}).
 *
 * <p>PostgreSQL is left as it is: its cache is per connection, so a larger one there would hand
 * out numbers out of order across connections, and drawing a value takes no shared lock.
 * A sequence added by a later migration says {@code CACHE 1024} itself on H2.
 */
public class V17__SequenceCache extends BaseJavaMigration {
  @Override
  public void migrate(Context context) throws Exception {
    if (!context.getConnection().getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2")) {
      return;
    }
    try (Statement s = context.getConnection().createStatement()) {
      List<String> sequences = new ArrayList<>();
      try (ResultSet r = s.executeQuery("SELECT sequence_name FROM information_schema.sequences"
          + " WHERE sequence_schema = CURRENT_SCHEMA")) {
        while (r.next()) {
          sequences.add(r.getString(1));
        }
      }
      for (String sequence : sequences) {
        s.execute("ALTER SEQUENCE \"" + sequence + "\" CACHE 1024");
      }
    }
  }
}
