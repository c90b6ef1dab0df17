package civil.api.security;

import civil.api.storage.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The append-only audit log (操作日志) of every write: who (the token id, never the token), when,
 * the route, the target (the path, percent-decoded, with resident IDs masked), and the outcome
 * (status and code). Entries are only ever inserted. A write attempted without a valid token is
 * not stored one row each (a flood of them would bury the log): such attempts are counted, and the
 * count is logged at most once a minute.
 */
public final class AuditLog {
  private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
  /** The most entries one page may hold. */
  public static final int MAX_PAGE = 1_000;
  /** Entries on a page unless the reader asks for another number. */
  public static final int DEFAULT_PAGE = 100;
  private static final long LOG_EVERY_MILLIS = 60_000;

  /** One entry. */
  public record Entry(long seq, Instant at, String tokenId, String method, String route, String target, int status,
      String outcome) {}

  /** A page of entries, and the cursor for the next one ({@code after}), empty when this is the last. */
  public record Page(List<Entry> entries, Optional<Long> next) {}

  private final Database db;
  private final Clock clock;
  private final AtomicLong unauthenticated = new AtomicLong();
  private final AtomicLong unauthenticatedLogged = new AtomicLong();
  private final AtomicLong lastLoggedAt = new AtomicLong(Long.MIN_VALUE);

  public AuditLog(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  public void record(String tokenId, String method, String route, String target, int status, String outcome) {
    // numbered from a sequence, which no writer holds: numbers rise, with gaps where a write rolled back;
    // drawn by the insert itself, one statement instead of two. Inside a write's unit, a failed entry
    // fails the write with it (no savepoint: see Database#transactionFailingUnit)
    db.transactionFailingUnit(sql -> sql.update("INSERT INTO audit_entry (seq, at_millis, token_id, method, route, target, status,"
            + " outcome) VALUES (nextval('audit_seq'), ?, ?, ?, ?, ?, ?, ?)", clock.millis(), tokenId, method, route,
        clip(Masking.mask(target), 400), status, clip(outcome, 64)));
  }

  /** Counts a write refused for want of a valid token; logs the count at most once a minute. */
  public void unauthenticated(String method, String path) {
    long total = unauthenticated.incrementAndGet();
    long now = clock.millis();
    long last = lastLoggedAt.get();
    if ((last == Long.MIN_VALUE || now - last >= LOG_EVERY_MILLIS) && lastLoggedAt.compareAndSet(last, now)) {
      long since = total - unauthenticatedLogged.getAndSet(total);
      LOG.warn("{} write(s) refused without a valid token since the last report (latest {} {})", since, method,
          clip(Masking.mask(path), 200));
    }
  }

  /** Writes refused without a valid token since the server started. */
  public long unauthenticatedAttempts() {
    return unauthenticated.get();
  }

  /** At most {@code max} characters, the cut marked: a hostile path cannot keep its write out of the log. */
  static String clip(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  /**
   * Entries from the start of {@code from} to the end of {@code to} (in the zone of the clock), in
   * order, after entry {@code after} (0 for the first page), at most {@code limit} of them.
   */
  public Page between(LocalDate from, LocalDate to, long after, int limit) {
    ZoneId zone = clock.getZone();
    long start = from.atStartOfDay(zone).toInstant().toEpochMilli();
    long end = to.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
    List<Entry> entries = db.read(sql -> sql.list("SELECT * FROM audit_entry WHERE at_millis >= ? AND at_millis < ?"
            + " AND seq > ? ORDER BY seq LIMIT ?",
        rs -> new Entry(rs.getLong("seq"), Instant.ofEpochMilli(rs.getLong("at_millis")), rs.getString("token_id"),
            rs.getString("method"), rs.getString("route"), rs.getString("target"), rs.getInt("status"),
            rs.getString("outcome")), start, end, after, limit + 1));
    if (entries.size() > limit) {
      List<Entry> page = entries.subList(0, limit);
      return new Page(List.copyOf(page), Optional.of(page.get(page.size() - 1).seq()));
    }
    return new Page(entries, Optional.empty());
  }
}
