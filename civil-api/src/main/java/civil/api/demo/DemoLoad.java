package civil.api.demo;

import civil.api.storage.Database;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo data into a new database so that a crash halfway leaves a database the next
 * start recognises: a marker row says {@code LOADING} before the load and {@code LOADED} after it,
 * in a table of its own. A start that finds {@code LOADING} removes every record the cut-short
 * load wrote (the server had not yet served a request, so there is nothing else) and, if demo
 * data is still wanted, loads it again from the start.
 */
public final class DemoLoad {
  private static final Logger LOG = LoggerFactory.getLogger(DemoLoad.class);
  /** Tables that hold no casework: the migration history, and a lock row a migration wrote. */
  private static final List<String> KEPT = List.of("flyway_schema_history", "charity_lock");

  private DemoLoad() {}

  /**
   * Runs {@code load} when demo data is {@code wanted} and the database is new, or when an
   * earlier load was cut short; does nothing otherwise.
   */
  public static void ensure(Database db, boolean wanted, Runnable load) {
    boolean interrupted = status(db).filter("LOADING"::equals).isPresent();
    if (interrupted) {
      LOG.warn("the demo data load of an earlier start did not finish; removing what it wrote");
      removeCasework(db);
    }
    if (!wanted || !(db.wasCreated() || interrupted)) {
      return;
    }
    db.transaction(sql -> sql.update("INSERT INTO demo_data_load (id, status) VALUES (1, 'LOADING')"));
    load.run();
    db.transaction(sql -> sql.update("UPDATE demo_data_load SET status = 'LOADED' WHERE id = 1"));
  }

  /** The marker's status, if a load was ever started. */
  public static Optional<String> status(Database db) {
    return db.read(sql -> sql.one("SELECT status FROM demo_data_load WHERE id = 1", rs -> rs.getString(1)));
  }

  private static void removeCasework(Database db) {
    db.transaction(sql -> {
      List<String> tables = sql.list("SELECT LOWER(table_name) FROM information_schema.tables"
          + " WHERE LOWER(table_schema) = 'public' AND table_type = 'BASE TABLE' ORDER BY 1", rs -> rs.getString(1))
          .stream().filter(t -> !KEPT.contains(t)).toList();
      // every id starts again from 1, as it did for the load that was cut short
      List<String> sequences = sql.list("SELECT LOWER(sequence_name) FROM information_schema.sequences"
          + " WHERE LOWER(sequence_schema) = 'public' ORDER BY 1", rs -> rs.getString(1));
      for (String sequence : sequences) {
        sql.update("ALTER SEQUENCE " + sequence + " RESTART WITH 1");
      }
      if (db.isPostgres()) {
        sql.update("TRUNCATE " + String.join(", ", tables));
      } else {
        sql.update("SET REFERENTIAL_INTEGRITY FALSE");
        for (String table : tables) {
          sql.update("TRUNCATE TABLE " + table);
        }
        sql.update("SET REFERENTIAL_INTEGRITY TRUE");
      }
      return null;
    });
  }
}
