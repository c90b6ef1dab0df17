package db.migration;

import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Settlement ids and audit numbers come from database sequences instead of counter rows: a
 * counter row is locked by every writer until it commits, so every settlement and every audit
 * entry of the server waited in one line. Each sequence starts after the counter it replaces, so
 * no id is given twice. (Only the charity receipt numbers, which must run without gaps, keep a
 * counter.)
 */
public class V8__Sequences extends BaseJavaMigration {
  @Override
  public void migrate(Context context) throws Exception {
    try (Statement s = context.getConnection().createStatement()) {
      for (String name : new String[] {"settlement", "audit"}) {
        long current = 0;
        try (ResultSet r = s.executeQuery("SELECT current_value FROM counter WHERE name = '" + name + "'")) {
          if (r.next()) {
            current = r.getLong(1);
          }
        }
        s.execute("CREATE SEQUENCE " + name + "_seq");
        s.execute("ALTER SEQUENCE " + name + "_seq RESTART WITH " + (current + 1));
      }
    }
  }
}
