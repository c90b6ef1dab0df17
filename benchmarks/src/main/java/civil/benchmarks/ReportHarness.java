package civil.benchmarks;

import civil.api.Services;
import civil.api.demo.DemoClock;
import civil.api.report.ReportSource;
import civil.api.storage.Database;
import civil.core.identity.ResidentId;
import civil.core.money.Money;
import civil.core.period.DateRange;
import civil.core.period.HalfYear;
import civil.relief.medical.AidCategory;
import civil.relief.medical.Bill;
import civil.relief.medical.CareType;
import civil.relief.medical.CategoryAssignment;
import civil.relief.medical.HospitalLevel;
import civil.relief.medical.SettlementTally;
import civil.relief.supplies.Movement;
import civil.relief.supplies.Quantity;
import civil.relief.supplies.SupplyCategory;
import civil.relief.supplies.SupplyUnit;
import civil.report.AreaNames;
import civil.report.HalfYearReport;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How long the half-year report takes over a district a province would envy: a half year of
 * {@code settlements} medical-aid settlements and {@code others} supply receipts (default 10^6 and
 * 10^5), recorded one every few seconds through the half year. One real settlement and one real
 * receipt are written through the services, then copied in bulk by SQL with their own ids, days and
 * recording instants. The report is then built five times as of now and five times as of an
 * instant halfway through the recording (so half the records, and the reads of the past, count),
 * and each run's milliseconds are printed: gathering the records from the database and computing
 * the report, together.
 *
 * <pre>java -Xmx4g -cp benchmarks/target/benchmarks.jar civil.benchmarks.ReportHarness [settlements] [others] [jdbc-url user password]</pre>
 */
public final class ReportHarness {
  private static final HalfYear H1 = HalfYear.parse("2026-H1");
  private static final Instant START = Instant.parse("2026-01-01T02:00:00Z");
  /** The records are recorded over the half year: about 15 s apart for 10^6. */
  private static final long SPAN_MILLIS = 180L * 86_400_000L;

  private static final int CHUNK = 50_000;
  /** How many residents the settlements are spread over. */
  private static final int RESIDENTS = 100_000;

  private ReportHarness() {}

  public static void main(String[] args) throws Exception {
    int settlements = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int others = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    Path scratch = Files.createTempDirectory("civil-report-bench");
    String url = args.length > 2 ? args[2] : Database.h2Url(scratch.toString());
    String user = args.length > 3 ? args[3] : "";
    String password = args.length > 4 ? args[4] : "";
    try (Database db = Database.open(url, user, password, 4)) {
      DemoClock clock = new DemoClock(ZoneId.of("Asia/Shanghai"), LocalDate.of(2026, 1, 1));
      Services s = Services.create(db, clock);
      if (db.read(sql -> sql.one("SELECT COUNT(settlement_id) FROM settlement", rs -> rs.getLong(1))).orElse(0L) > 0) {
        throw new IllegalStateException("the harness fills a database of its own: give it an empty one");
      }
      long seeding = System.nanoTime();
      seed(db, s, settlements, others);
      System.out.printf("seeded %,d settlements and %,d supply receipts in %.1f s (%s)%n", settlements, others,
          (System.nanoTime() - seeding) / 1e9, db.isPostgres() ? "PostgreSQL" : "H2");
      clock.setDate(LocalDate.of(2026, 7, 5));
      AreaNames names = AreaNames.jiefang();
      Instant halfway = START.plusMillis(SPAN_MILLIS / 2);
      Supplier<HalfYearReport> now = () -> HalfYearReport.compute(ReportSource.collect(s, H1), names, clock.instant());
      Supplier<HalfYearReport> past = () -> HalfYearReport.compute(db.asOf(halfway, () -> ReportSource.collect(s, H1)),
          names, halfway);
      HalfYearReport r = time(db, "as of now", now);
      System.out.printf("  settlements counted %,d, residents aided %,d, reversals %,d, supplies received %,d fen%n",
          r.medicalAid().settlements(), r.medicalAid().residentsAided(), r.medicalAid().reversals(),
          r.disasterRelief().suppliesReceived().valueFen());
      // the cross-check: the rule applied to every settlement read back gives what the database summed
      touch(db);
      long t0 = System.nanoTime();
      SettlementTally ruled = SettlementTally.of(s.settlements().settledOrReversedBetween(H1.firstDay(), H1.lastDay()),
          H1.firstDay(), H1.lastDay());
      touch(db);
      long t1 = System.nanoTime();
      SettlementTally summed = s.settlements().tally(H1.firstDay(), H1.lastDay());
      long t2 = System.nanoTime();
      System.out.printf("  medical aid: every settlement read and summed %d ms, summed by the database %d ms, equal: %s%n",
          (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, ruled.equals(summed));
      if (!ruled.equals(summed)) {
        throw new IllegalStateException("the database's tally differs from the rule's: " + summed + " vs " + ruled);
      }
      HalfYearReport p = time(db, "as of " + halfway, past);
      System.out.printf("  settlements counted %,d, residents aided %,d, reversals %,d, supplies received %,d fen%n",
          p.medicalAid().settlements(), p.medicalAid().residentsAided(), p.medicalAid().reversals(),
          p.disasterRelief().suppliesReceived().valueFen());
    } finally {
      try (var files = Files.walk(scratch)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  private static HalfYearReport time(Database db, String name, Supplier<HalfYearReport> report) throws SQLException {
    long[] ms = new long[5];
    HalfYearReport last = null;
    for (int i = 0; i < ms.length; i++) {
      touch(db);
      long t0 = System.nanoTime();
      last = report.get();
      ms[i] = (System.nanoTime() - t0) / 1_000_000;
    }
    long[] sorted = ms.clone();
    Arrays.sort(sorted);
    System.out.printf("report %-32s runs %s ms   median %d ms   best %d ms%n", name, Arrays.toString(ms), sorted[2],
        sorted[0]);
    return last;
  }

  /**
   * A write between runs, so that no run is answered from the last one's results: H2 keeps a
   * query's last result and answers the same query with it until a table it reads is changed (a
   * server settling all day changes them all the time).
   */
  private static void touch(Database db) throws SQLException {
    try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
      st.executeUpdate("UPDATE settlement SET recorded_at = recorded_at WHERE settlement_id = 'SB1'");
      st.executeUpdate("UPDATE supply_movement SET recorded_at = recorded_at WHERE movement_id = 'MB1'");
    }
  }

  private static void seed(Database db, Services s, int settlements, int others) throws SQLException {
    String first17 = "41080219620101001";
    ResidentId resident = ResidentId.parse(first17 + ResidentId.checkCharacterOf(first17));
    s.aidCategories().register(resident, new CategoryAssignment(AidCategory.SUBSISTENCE,
        DateRange.startingOn(LocalDate.of(2026, 1, 1))));
    String id = s.settlements().settle(Bill.of("BENCH-0", resident, HospitalLevel.SECONDARY, CareType.INPATIENT,
        LocalDate.of(2026, 1, 1), Money.ofFen(1_200_000), Money.ofFen(1_000_000))).record().settlementId();
    String item = s.supplies().addItem("帐篷", SupplyUnit.values()[0], SupplyCategory.values()[0], Optional.empty())
        .itemId();
    String movement = s.supplies().receive(item, LocalDate.of(2026, 1, 1), Quantity.ofUnits(1), Money.ofFen(10_000),
        Movement.Source.PURCHASE, Optional.empty()).movementId();
    // in transactions of 50,000 rows: one transaction of 10^6 holds H2's whole undo log in memory
    String range = db.isPostgres() ? "generate_series(%d, %d) AS r(x)" : "SYSTEM_RANGE(%d, %d) AS r(x)";
    String day = db.isPostgres() ? "(DATE '2026-01-01' + CAST(MOD(x, 181) AS INT))"
        : "DATEADD(DAY, MOD(x, 181), DATE '2026-01-01')";
    long step = SPAN_MILLIS / Math.max(1, settlements);
    long otherStep = SPAN_MILLIS / Math.max(1, others);
    long start = START.toEpochMilli();
    // the copies are the harness's own bulk write, by plain JDBC outside the services, each stamped
    // with its own recording instant; they are spread over RESIDENTS residents, five aid categories,
    // three hospitals and the manual desk, and about one in a hundred is reversed ten days later
    String reversal = db.isPostgres() ? "(DATE '2026-01-01' + CAST(MOD(x, 181) + 10 AS INT))"
        : "DATEADD(DAY, MOD(x, 181) + 10, DATE '2026-01-01')";
    try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE IF NOT EXISTS bench_resident (n INT PRIMARY KEY, resident_id VARCHAR(18) NOT NULL)");
      st.execute("DELETE FROM bench_resident");
      try (var insert = c.prepareStatement("INSERT INTO bench_resident (n, resident_id) VALUES (?, ?)")) {
        for (int n = 0; n < RESIDENTS; n++) {
          String digits = "410802" + LocalDate.of(1940, 1, 1).plusDays(n / 1000).format(DateTimeFormatter.BASIC_ISO_DATE)
              + String.format("%03d", n % 1000);
          insert.setInt(1, n);
          insert.setString(2, digits + ResidentId.checkCharacterOf(digits));
          insert.addBatch();
          if (n % 10_000 == 9_999) {
            insert.executeBatch();
          }
        }
        insert.executeBatch();
      }
      for (int from = 1; from <= settlements; from += CHUNK) {
        st.executeUpdate("INSERT INTO settlement (settlement_id, seq, bill_id, hospital_code, resident_id, hospital_level,"
            + " care_type, settled_on, total, in_scope, category, basic, critical, aid, self_pay, before_basic_paid,"
            + " before_critical_base, before_critical_paid, before_aid_base, before_aid_paid, after_basic_paid,"
            + " after_critical_base, after_critical_paid, after_aid_base, after_aid_paid, policy_version, steps,"
            + " reversed_on, recorded_at, policy_year, event_seq)"
            + " SELECT 'SB' || CAST(x AS VARCHAR(12)), 1000000 + x, 'BENCH-' || CAST(x AS VARCHAR(12)),"
            + " CASE MOD(x, 4) WHEN 0 THEN NULL ELSE 'H4108020000' || CAST(MOD(x, 4) AS VARCHAR(1)) END, b.resident_id,"
            + " hospital_level, care_type, " + day + ", total, in_scope,"
            + " CASE MOD(x, 5) WHEN 0 THEN 'EXTREMELY_POOR' WHEN 1 THEN 'SUBSISTENCE' WHEN 2 THEN 'LOW_INCOME'"
            + " WHEN 3 THEN 'MONITORED' ELSE 'ILLNESS_POOR' END, basic, critical, aid, self_pay,"
            + " before_basic_paid, before_critical_base, before_critical_paid, before_aid_base, before_aid_paid,"
            + " after_basic_paid, after_critical_base, after_critical_paid, after_aid_base, after_aid_paid,"
            + " policy_version, steps, CASE WHEN MOD(x, 97) = 0 THEN " + reversal + " ELSE NULL END, "
            + start + " + CAST(x AS BIGINT) * " + step + ", policy_year, 1000000 + x FROM settlement, "
            + String.format(range, from, Math.min(settlements, from + CHUNK - 1))
            + " JOIN bench_resident b ON b.n = MOD(x, " + RESIDENTS + ") WHERE settlement_id = '" + id + "'");
      }
      for (int from = 1; from <= others; from += CHUNK) {
        st.executeUpdate("INSERT INTO supply_movement (movement_id, seq, item_id, moved_on, body, recorded_at)"
            + " SELECT 'MB' || CAST(x AS VARCHAR(12)), 1000000 + x, item_id, " + day + ", body, " + start + " + CAST(x AS BIGINT) * "
            + otherStep + " FROM supply_movement, " + String.format(range, from, Math.min(others, from + CHUNK - 1))
            + " WHERE movement_id = '" + movement + "'");
      }
      if (db.isPostgres()) {
        // what autovacuum does to a table after many inserts: marks its pages all-visible, so an
        // index alone can answer (the report's sums do), and gathers the planner's statistics
        c.setAutoCommit(true);
        st.execute("VACUUM ANALYZE settlement");
        st.execute("VACUUM ANALYZE supply_movement");
      }
    }
  }
}
