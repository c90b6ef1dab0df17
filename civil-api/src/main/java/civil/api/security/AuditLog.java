package civil.api.security;

import civil.api.storage.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The append-only audit log (操作日志) of every write: who (the token id, never the token), when,
 * the route, the target (the path with resident IDs masked), and the outcome (status and code).
 * Entries are only ever inserted.
 */
public final class AuditLog {
  /** One entry. */
  public record Entry(long seq, Instant at, String tokenId, String method, String route, String target, int status,
      String outcome) {}

  private final Database db;
  private final Clock clock;

  public AuditLog(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  public void record(String tokenId, String method, String route, String target, int status, String outcome) {
    // numbered from a gap-free counter, advanced in the same transaction as the entry
    db.transaction(sql -> sql.update("INSERT INTO audit_entry (seq, at_millis, token_id, method, route, target, status,"
            + " outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", sql.next("audit"), clock.millis(), tokenId, method, route,
        clip(Masking.mask(target), 400), status, clip(outcome, 64)));
  }

  /** At most {@code max} characters, the cut marked: a hostile path cannot keep its write out of the log. */
  static String clip(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  /** Entries from the start of {@code from} to the end of {@code to}, in the zone of the clock. */
  public List<Entry> between(LocalDate from, LocalDate to) {
    ZoneId zone = clock.getZone();
    long start = from.atStartOfDay(zone).toInstant().toEpochMilli();
    long end = to.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
    return db.read(sql -> sql.list("SELECT * FROM audit_entry WHERE at_millis >= ? AND at_millis < ? ORDER BY seq",
        rs -> new Entry(rs.getLong("seq"), Instant.ofEpochMilli(rs.getLong("at_millis")), rs.getString("token_id"),
            rs.getString("method"), rs.getString("route"), rs.getString("target"), rs.getInt("status"),
            rs.getString("outcome")), start, end));
  }
}
