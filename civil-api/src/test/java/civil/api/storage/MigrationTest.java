package civil.api.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.core.identity.ResidentId;
import civil.core.money.Money;
import civil.core.period.PolicyYear;
import civil.relief.medical.AidCategoryRegister;
import civil.relief.medical.Bill;
import civil.relief.medical.CareType;
import civil.relief.medical.HospitalLevel;
import civil.relief.medical.MedicalAidPolicy;
import civil.relief.medical.SettlementChannel;
import civil.relief.medical.SettlementDesk;
import civil.relief.medical.SettlementOutcome;
import civil.relief.medical.SettlementRecord;
import civil.relief.medical.YearToDate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** A database written before designated hospitals is carried forward by the migration that added them. */
class MigrationTest {
  @Test
  void settlementsStoredBeforeHospitalsBecomeManualClaimsWithTheirLevel() throws Exception {
    Path dir = Files.createTempDirectory("civil-migration");
    String url = Database.h2Url(dir.toString());
    Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration").target("5").load().migrate();
    try (Connection c = DriverManager.getConnection(url, "", ""); Statement st = c.createStatement()) {
      st.execute("INSERT INTO settlement (settlement_id, seq, bill_id, resident_id, hospital_level, care_type, settled_on,"
          + " total, in_scope, category, basic, critical, aid, self_pay, before_basic_paid, before_critical_base,"
          + " before_critical_paid, before_aid_base, before_aid_paid, after_basic_paid, after_critical_base,"
          + " after_critical_paid, after_aid_base, after_aid_paid, policy_version, steps, reversed_on) VALUES"
          + " ('MA-00000001', 1, 'OLD-1', '410802198005010013', 'SECONDARY', 'INPATIENT', DATE '2026-03-02', 1200000,"
          + " 1000000, 'NONE', 760000, 0, 0, 440000, 0, 0, 0, 0, 0, 760000, 240000, 0, 240000, 0, '2026.1', '[]', NULL)");
      st.execute("INSERT INTO year_to_date (resident_id, policy_year, basic_paid, critical_base, critical_paid, aid_base,"
          + " aid_paid) VALUES ('410802198005010013', 2026, 760000, 240000, 0, 240000, 0)");
      st.execute("INSERT INTO counter (name, current_value) VALUES ('settlement', 1)");
    }
    Database db = Database.open(url, "", "", 2);
    try {
      JdbcMedicalAid medical = new JdbcMedicalAid(db);
      SettlementRecord old = medical.ledger().find("MA-00000001").orElseThrow();
      assertEquals(SettlementChannel.MANUAL, old.bill().channel());
      assertEquals(HospitalLevel.SECONDARY, old.bill().hospitalLevel());
      assertEquals("MANUAL/OLD-1", old.bill().key());
      // the same bill sent again as a manual claim is the stored settlement, not a second one
      SettlementDesk desk = new SettlementDesk(MedicalAidPolicy.defaultRegistry(),
          new AidCategoryRegister(medical.categories()), medical.ledger(),
          Clock.fixed(Instant.parse("2026-11-30T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
      SettlementOutcome again = desk.settle(Bill.of("OLD-1", ResidentId.parse("410802198005010013"),
          HospitalLevel.SECONDARY, CareType.INPATIENT, LocalDate.of(2026, 3, 2), Money.ofFen(1_200_000),
          Money.ofFen(1_000_000)));
      assertFalse(again.created());
      assertEquals("MA-00000001", again.record().settlementId());
    } finally {
      db.close();
    }
  }

  /**
   * A reversal stored before the year to date was read from the latest event has no place among
   * the settlements: the first settlement of the year reversed after the second was made must not
   * leave the second's "after" figures as the year to date.
   */
  @Test
  void aReversalStoredBeforeTheLatestEventWasKeptStillLowersTheYearToDate() throws Exception {
    Path dir = Files.createTempDirectory("civil-migration-ytd");
    String url = Database.h2Url(dir.toString());
    Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration").target("17").load().migrate();
    String insert = "INSERT INTO settlement (settlement_id, seq, bill_id, bill_key, resident_id, hospital_level,"
        + " care_type, settled_on, total, in_scope, category, basic, critical, aid, self_pay, before_basic_paid,"
        + " before_critical_base, before_critical_paid, before_aid_base, before_aid_paid, after_basic_paid,"
        + " after_critical_base, after_critical_paid, after_aid_base, after_aid_paid, policy_version, steps, reversed_on)"
        + " VALUES ('%s', %d, '%s', 'MANUAL/%s', '410802198005010013', 'SECONDARY', 'INPATIENT', DATE '2026-03-0%d',"
        + " 100000, 100000, 'NONE', 60000, 0, 0, 40000, %d, 0, 0, 0, 0, %d, 0, 0, 0, 0, '2026.1', '[]', %s)";
    try (Connection c = DriverManager.getConnection(url, "", ""); Statement st = c.createStatement()) {
      // the first settlement added 600 yuan of basic insurance, the second 500 more; then the first was reversed
      st.execute(String.format(insert, "MA-00000001", 1, "OLD-1", "OLD-1", 2, 0, 60000, "DATE '2026-03-09'"));
      st.execute(String.format(insert, "MA-00000002", 2, "OLD-2", "OLD-2", 3, 60000, 110000, "NULL"));
      st.execute("SELECT nextval('settlement_seq'), nextval('settlement_seq')");
    }
    Database db = Database.open(url, "", "", 2);
    try {
      JdbcMedicalAid medical = new JdbcMedicalAid(db);
      assertEquals(YearToDate.ofFen(50000, 0, 0, 0, 0),
          medical.ledger().yearToDate(ResidentId.parse("410802198005010013"), PolicyYear.of(2026)));
      assertEquals(YearToDate.zero(),
          medical.ledger().yearToDate(ResidentId.parse("410802198005010013"), PolicyYear.of(2025)));
    } finally {
      db.close();
    }
  }

  @Test
  void onTheEmbeddedDatabaseEverySequenceReservesAThousandValuesAtATime() throws Exception {
    Path dir = Files.createTempDirectory("civil-sequences");
    String url = Database.h2Url(dir.toString());
    Database db = Database.open(url, "", "", 2);
    try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
        ResultSet r = st.executeQuery("SELECT sequence_name, cache FROM information_schema.sequences")) {
      int sequences = 0;
      while (r.next()) {
        sequences++;
        assertEquals(1024, r.getLong(2), r.getString(1));
      }
      assertTrue(sequences > 30, "sequences: " + sequences);
      // a value is still drawn one at a time, and rises
      long first;
      try (ResultSet a = c.createStatement().executeQuery("SELECT nextval('settlement_seq')")) {
        a.next();
        first = a.getLong(1);
      }
      try (ResultSet b = c.createStatement().executeQuery("SELECT nextval('settlement_seq')")) {
        b.next();
        assertEquals(first + 1, b.getLong(1));
      }
    } finally {
      db.close();
    }
  }
}
