package civil.api.storage;

import civil.api.json.Json;
import civil.core.identity.HospitalCode;
import civil.core.identity.ResidentId;
import civil.core.money.Money;
import civil.core.period.DateRange;
import civil.core.period.PolicyYear;
import civil.relief.medical.AidCategory;
import civil.relief.medical.AidCategoryStore;
import civil.relief.medical.Bill;
import civil.relief.medical.CareType;
import civil.relief.medical.CategoryAssignment;
import civil.relief.medical.HospitalLevel;
import civil.relief.medical.ResidentAidCategories;
import civil.relief.medical.SettlementLedger;
import civil.relief.medical.SettlementRecord;
import civil.relief.medical.SettlementStep;
import civil.relief.medical.YearToDate;
import com.fasterxml.jackson.databind.JavaType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The medical-aid ports in the database: the aid-category register and the settlement ledger.
 * Every atomic step locks the bill's row and then the resident's row, always in that order, so
 * two desks settling bills of one resident wait for each other and no cap can be exceeded.
 */
public final class JdbcMedicalAid {
  private static final JavaType STEPS = Json.listOf(StepJson.class);

  private final Database db;

  public JdbcMedicalAid(Database db) {
    this.db = db;
  }

  /** A settlement step as stored. */
  record StepJson(String rule, Map<String, Long> figures, String text) {}

  public AidCategoryStore categories() {
    return new Categories();
  }

  public SettlementLedger ledger() {
    return new Ledger();
  }

  static void lockResident(Sql sql, ResidentId resident) throws SQLException {
    sql.ensure("resident_lock", "resident_id", resident.value());
    sql.one("SELECT resident_id FROM resident_lock WHERE resident_id = ? FOR UPDATE", rs -> true, resident.value());
  }

  private final class Categories implements AidCategoryStore {
    @Override
    public ResidentAidCategories get(ResidentId residentId) {
      return db.read(sql -> load(sql, residentId));
    }

    @Override
    public ResidentAidCategories update(ResidentId residentId, UnaryOperator<ResidentAidCategories> change) {
      return db.transaction(sql -> {
        lockResident(sql, residentId);
        ResidentAidCategories next = change.apply(load(sql, residentId));
        sql.update("DELETE FROM aid_category WHERE resident_id = ?", residentId.value());
        for (CategoryAssignment a : next.assignments()) {
          sql.update("INSERT INTO aid_category (resident_id, from_date, to_date, category) VALUES (?, ?, ?, ?)",
              residentId.value(), a.range().from(), a.range().to().orElse(null), a.category());
        }
        return next;
      });
    }

    private ResidentAidCategories load(Sql sql, ResidentId residentId) throws SQLException {
      List<CategoryAssignment> rows = sql.list(
          "SELECT category, from_date, to_date FROM aid_category WHERE resident_id = ? ORDER BY from_date",
          rs -> new CategoryAssignment(AidCategory.valueOf(rs.getString("category")),
              DateRange.of(Sql.date(rs, "from_date"), Optional.ofNullable(Sql.date(rs, "to_date")))),
          residentId.value());
      return ResidentAidCategories.of(residentId, rows);
    }
  }

  private final class Ledger implements SettlementLedger {
    @Override
    public <T> T atomically(String billKey, ResidentId residentId, Function<Transaction, T> work) {
      return db.transaction(sql -> {
        sql.ensure("bill_lock", "bill_key", billKey);
        sql.one("SELECT bill_key FROM bill_lock WHERE bill_key = ? FOR UPDATE", rs -> true, billKey);
        lockResident(sql, residentId);
        return work.apply(new Tx(sql));
      });
    }

    @Override
    public Optional<SettlementRecord> find(String settlementId) {
      return db.read(sql -> sql.one("SELECT * FROM settlement WHERE settlement_id = ?", JdbcMedicalAid::settlement,
          settlementId));
    }

    @Override
    public YearToDate yearToDate(ResidentId residentId, PolicyYear year) {
      return db.read(sql -> JdbcMedicalAid.yearToDate(sql, residentId, year));
    }

    @Override
    public List<SettlementRecord> ofHospital(HospitalCode hospital, LocalDate from, LocalDate to) {
      return db.read(sql -> sql.list("SELECT * FROM settlement WHERE hospital_code = ? AND settled_on BETWEEN ? AND ?"
          + " ORDER BY seq", JdbcMedicalAid::settlement, hospital.value(), from, to));
    }

    @Override
    public List<SettlementRecord> settledOrReversedBetween(LocalDate from, LocalDate to) {
      return db.read(sql -> sql.list("SELECT * FROM settlement WHERE (settled_on BETWEEN ? AND ?)"
          + " OR (reversed_on BETWEEN ? AND ?) ORDER BY seq", JdbcMedicalAid::settlement, from, to, from, to));
    }
  }

  private static YearToDate yearToDate(Sql sql, ResidentId residentId, PolicyYear year) throws SQLException {
    return sql.one("SELECT * FROM year_to_date WHERE resident_id = ? AND policy_year = ?",
        rs -> YearToDate.ofFen(rs.getLong("basic_paid"), rs.getLong("critical_base"), rs.getLong("critical_paid"),
            rs.getLong("aid_base"), rs.getLong("aid_paid")),
        residentId.value(), year.year()).orElse(YearToDate.zero());
  }

  private static void putYearToDate(Sql sql, ResidentId residentId, PolicyYear year, YearToDate y) throws SQLException {
    Object[] values = {y.basicPaid().fen(), y.criticalBase().fen(), y.criticalPaid().fen(), y.aidBase().fen(),
        y.aidPaid().fen(), residentId.value(), year.year()};
    if (sql.update("UPDATE year_to_date SET basic_paid = ?, critical_base = ?, critical_paid = ?, aid_base = ?,"
        + " aid_paid = ? WHERE resident_id = ? AND policy_year = ?", values) == 0) {
      sql.update("INSERT INTO year_to_date (basic_paid, critical_base, critical_paid, aid_base, aid_paid, resident_id,"
          + " policy_year) VALUES (?, ?, ?, ?, ?, ?, ?)", values);
    }
  }

  private static SettlementRecord settlement(ResultSet rs) throws SQLException {
    Bill bill = Bill.of(Optional.ofNullable(rs.getString("hospital_code")).map(HospitalCode::parse),
        rs.getString("bill_id"), ResidentId.parse(rs.getString("resident_id")),
        HospitalLevel.valueOf(rs.getString("hospital_level")), CareType.valueOf(rs.getString("care_type")),
        Sql.date(rs, "settled_on"), Money.ofFen(rs.getLong("total")), Money.ofFen(rs.getLong("in_scope")));
    List<StepJson> stored = Json.read(rs.getString("steps"), STEPS);
    List<SettlementStep> steps = new ArrayList<>();
    for (StepJson s : stored) {
      steps.add(new SettlementStep(SettlementStep.Rule.valueOf(s.rule()), s.figures(), s.text()));
    }
    return SettlementRecord.of(rs.getString("settlement_id"), bill, AidCategory.valueOf(rs.getString("category")),
        Money.ofFen(rs.getLong("basic")), Money.ofFen(rs.getLong("critical")), Money.ofFen(rs.getLong("aid")),
        Money.ofFen(rs.getLong("self_pay")),
        YearToDate.ofFen(rs.getLong("before_basic_paid"), rs.getLong("before_critical_base"),
            rs.getLong("before_critical_paid"), rs.getLong("before_aid_base"), rs.getLong("before_aid_paid")),
        YearToDate.ofFen(rs.getLong("after_basic_paid"), rs.getLong("after_critical_base"),
            rs.getLong("after_critical_paid"), rs.getLong("after_aid_base"), rs.getLong("after_aid_paid")),
        steps, rs.getString("policy_version"), Optional.ofNullable(Sql.date(rs, "reversed_on")));
  }

  /** The ledger's transaction: reads and writes through the locked connection. */
  private static final class Tx implements SettlementLedger.Transaction {
    private final Sql sql;

    Tx(Sql sql) {
      this.sql = sql;
    }

    @Override
    public Optional<SettlementRecord> latestStanding(String billKey) {
      // the bill's few rows by the (bill_key, seq) index, the standing one picked here: with
      // "reversed_on IS NULL" in the query H2 chose the reversed_on index and walked every standing row
      return unchecked(() -> sql.list("SELECT * FROM settlement WHERE bill_key = ? ORDER BY seq DESC",
          JdbcMedicalAid::settlement, billKey)).stream().filter(r -> r.reversedOn().isEmpty()).findFirst();
    }

    @Override
    public Optional<SettlementRecord> find(String settlementId) {
      return unchecked(() -> sql.one("SELECT * FROM settlement WHERE settlement_id = ?", JdbcMedicalAid::settlement,
          settlementId));
    }

    @Override
    public YearToDate yearToDate(ResidentId residentId, PolicyYear year) {
      return unchecked(() -> JdbcMedicalAid.yearToDate(sql, residentId, year));
    }

    @Override
    public String nextSettlementId() {
      return unchecked(() -> String.format("MA-%08d", sql.nextOf("settlement")));
    }

    @Override
    public void insert(SettlementRecord s) {
      unchecked(() -> {
        Bill b = s.bill();
        YearToDate x = s.yearToDateBefore();
        YearToDate y = s.yearToDateAfter();
        List<StepJson> steps = s.steps().stream().map(t -> new StepJson(t.rule().name(), t.figures(), t.text())).toList();
        sql.update("INSERT INTO settlement (settlement_id, seq, bill_id, resident_id, hospital_level, care_type,"
                + " settled_on, total, in_scope, category, basic, critical, aid, self_pay, before_basic_paid,"
                + " before_critical_base, before_critical_paid, before_aid_base, before_aid_paid, after_basic_paid,"
                + " after_critical_base, after_critical_paid, after_aid_base, after_aid_paid, policy_version, steps,"
                + " reversed_on, hospital_code, bill_key)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            s.settlementId(), Long.parseLong(s.settlementId().substring(3)), b.billId(), b.residentId().value(),
            b.hospitalLevel(), b.careType(), b.settledOn(), b.total().fen(), b.inScope().fen(), s.category(),
            s.basicInsurance().fen(), s.criticalIllness().fen(), s.medicalAid().fen(), s.selfPay().fen(),
            x.basicPaid().fen(), x.criticalBase().fen(), x.criticalPaid().fen(), x.aidBase().fen(), x.aidPaid().fen(),
            y.basicPaid().fen(), y.criticalBase().fen(), y.criticalPaid().fen(), y.aidBase().fen(), y.aidPaid().fen(),
            s.policyVersion(), Json.write(steps), s.reversedOn().orElse(null),
            b.hospital().map(HospitalCode::value).orElse(null), b.key());
        putYearToDate(sql, b.residentId(), s.policyYear(), y);
        return null;
      });
    }

    @Override
    public void reverse(SettlementRecord reversed, YearToDate yearToDate) {
      unchecked(() -> {
        sql.update("UPDATE settlement SET reversed_on = ? WHERE settlement_id = ?", reversed.reversedOn().orElseThrow(),
            reversed.settlementId());
        putYearToDate(sql, reversed.bill().residentId(), reversed.policyYear(), yearToDate);
        return null;
      });
    }
  }

  /** SQL work whose SQLException becomes a {@link StorageException} (the transaction still sees it as a cause). */
  interface Checked<T> {
    T get() throws SQLException;
  }

  static <T> T unchecked(Checked<T> work) {
    try {
      return work.get();
    } catch (SQLException e) {
      throw new StorageException(e);
    }
  }
}
