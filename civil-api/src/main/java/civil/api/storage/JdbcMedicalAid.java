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
import civil.relief.medical.SettlementTally;
import civil.relief.medical.SettlementStep;
import civil.relief.medical.YearToDate;
import com.fasterxml.jackson.databind.JavaType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The medical-aid ports in the database: the aid-category register and the settlement ledger.
 * Every atomic step locks the resident's row, so two desks settling bills of one resident wait for
 * each other and no cap can be exceeded. A bill has at most one standing settlement, held by a
 * unique index on the bill's key: two desks settling one bill for different residents meet there,
 * and the second runs again and finds the first one's settlement.
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
    sql.lockKey("resident_lock", "resident_id", resident.value());
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
      // a bill is held by the unique index on the key of its standing settlement: of two desks
      // settling one bill at once, the second's insert fails there (and waits for the first to
      // commit to do so), and its transaction runs again and finds the first one's settlement.
      // Inside a request's unit the settlement is the unit's whole work: if it fails, so does the
      // unit, and no savepoint is needed to undo it alone
      return db.transactionFailingUnit(sql -> {
        lockResident(sql, residentId);
        return work.apply(new Tx(sql));
      });
    }

    @Override
    public Optional<SettlementRecord> find(String settlementId) {
      return db.read(sql -> sql.one("SELECT " + COLUMNS + " FROM settlement WHERE settlement_id = ?", JdbcMedicalAid::settlement,
          settlementId));
    }

    @Override
    public YearToDate yearToDate(ResidentId residentId, PolicyYear year) {
      return db.read(sql -> JdbcMedicalAid.yearToDate(sql, residentId, year));
    }

    @Override
    public List<SettlementRecord> ofHospital(HospitalCode hospital, LocalDate from, LocalDate to) {
      return db.read(sql -> sql.list("SELECT " + COLUMNS + " FROM settlement WHERE hospital_code = ? AND settled_on BETWEEN ? AND ?"
          + " ORDER BY seq", JdbcMedicalAid::settlement, hospital.value(), from, to));
    }

    @Override
    public List<SettlementRecord> settledOrReversedBetween(LocalDate from, LocalDate to) {
      // sorted here, not by the database: a half year of a city's settlements is more rows than H2
      // sorts in memory, and its sort on disk is many times slower than this one
      // and without their steps, read only if asked for: a report over a million settlements never is
      List<Map.Entry<Long, SettlementRecord>> found = db.read(sql -> sql.list("SELECT " + WITHOUT_STEPS
          + " FROM settlement WHERE (settled_on BETWEEN ? AND ?) OR (reversed_on BETWEEN ? AND ?)",
          rs -> Map.entry(rs.getLong("seq"), settlement(rs, stepsOf(rs.getString("settlement_id")))), from, to, from,
          to));
      found.sort(Map.Entry.comparingByKey());
      return found.stream().map(Map.Entry::getValue).toList();
    }

    /**
     * Summed by the database, to what {@link SettlementTally#of} makes of the same rows: a half
     * year of a city's settlements is a few hundred lines here, not a million records. (No
     * {@code *} in these queries: read as of an instant, a table is narrowed to the columns named.)
     */
    @Override
    public SettlementTally tally(LocalDate from, LocalDate to) {
      // PostgreSQL reads the settlement_tally index alone. H2 would take "reversed_on IS NULL" to the
      // narrow reversed_on index and fetch each row from it (ten times slower); said so that no
      // index serves it (no reversal is dated 9999), H2 too reads settlement_tally alone
      String standing = db.isPostgres() ? "reversed_on IS NULL"
          : "COALESCE(reversed_on, DATE '9999-12-31') = DATE '9999-12-31'";
      String counted = " FROM settlement WHERE settled_on BETWEEN ? AND ? AND " + standing;
      return db.read(sql -> {
        List<SettlementTally.Line> lines = sql.list("SELECT category, hospital_code, COUNT(category), SUM(total),"
            + " SUM(basic), SUM(critical), SUM(aid), SUM(self_pay)" + counted + " GROUP BY category, hospital_code",
            rs -> new SettlementTally.Line(AidCategory.valueOf(rs.getString(1)),
                Optional.ofNullable(rs.getString(2)).map(HospitalCode::parse), rs.getInt(3), rs.getLong(4),
                rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)), from, to);
        // who was aided, each resident and category once: the database's one pass serves both counts
        List<Map.Entry<String, AidCategory>> pairs = sql.list("SELECT resident_id, category" + counted
            + " AND aid > 0 GROUP BY resident_id, category",
            rs -> Map.entry(rs.getString(1), AidCategory.valueOf(rs.getString(2))), from, to);
        Map<AidCategory, Integer> aidedBy = new EnumMap<>(AidCategory.class);
        Set<String> aided = new HashSet<>();
        for (Map.Entry<String, AidCategory> pair : pairs) {
          aided.add(pair.getKey());
          aidedBy.merge(pair.getValue(), 1, Integer::sum);
        }
        int reversals = sql.one("SELECT COUNT(reversed_on) FROM settlement WHERE reversed_on BETWEEN ? AND ?",
            rs -> rs.getInt(1), from, to).orElse(0);
        return new SettlementTally(lines, aided.size(), aidedBy, reversals);
      });
    }
  }

  /**
   * A resident's year to date, read under the resident's lock when settling: what their latest
   * event of the policy year left it at. Every settlement row holds the year to date after it was
   * made, and a reversed row the year to date after its reversal; {@code event_seq} numbers these
   * events in the order they happened (drawn under the resident's lock from the sequence that
   * numbers settlements). So one row, found from the end of an index, answers, however many
   * settlements the resident has; and the total is never kept anywhere but in the settlement rows
   * themselves (an embedded database killed in the middle of a commit was seen to keep a settlement
   * row and lose a separately kept total).
   */
  private static YearToDate yearToDate(Sql sql, ResidentId residentId, PolicyYear year) throws SQLException {
    // said backwards in full so that the index is read from its end (H2 does so only then)
    return sql.one("SELECT reversed_on, after_basic_paid, after_critical_base, after_critical_paid, after_aid_base,"
            + " after_aid_paid, after_reversal_basic_paid, after_reversal_critical_base, after_reversal_critical_paid,"
            + " after_reversal_aid_base, after_reversal_aid_paid FROM settlement WHERE resident_id = ? AND policy_year = ?"
            + " ORDER BY resident_id DESC, policy_year DESC, event_seq DESC LIMIT 1",
        rs -> {
          int from = rs.getObject(1) == null ? 2 : 7;
          return YearToDate.ofFen(rs.getLong(from), rs.getLong(from + 1), rs.getLong(from + 2), rs.getLong(from + 3),
              rs.getLong(from + 4));
        }, residentId.value(), year.year()).orElse(YearToDate.zero());
  }

  /** Every column of a settlement row but its steps. */
  private static final String WITHOUT_STEPS = "settlement_id, seq, bill_id, hospital_code, resident_id, hospital_level,"
      + " care_type, settled_on, total, in_scope, category, basic, critical, aid, self_pay, before_basic_paid,"
      + " before_critical_base, before_critical_paid, before_aid_base, before_aid_paid, after_basic_paid,"
      + " after_critical_base, after_critical_paid, after_aid_base, after_aid_paid, policy_version, reversed_on";
  /** Every column of a settlement row, its steps last. */
  private static final String COLUMNS = WITHOUT_STEPS + ", steps";

  /** The steps of a stored settlement, read when first asked for (they never change once stored). */
  private Supplier<List<SettlementStep>> stepsOf(String settlementId) {
    return () -> steps(db.read(sql -> sql.one("SELECT steps FROM settlement WHERE settlement_id = ?",
        rs -> rs.getString(1), settlementId)).orElseThrow());
  }

  private static List<SettlementStep> steps(String stored) {
    List<StepJson> json = Json.read(stored, STEPS);
    List<SettlementStep> read = new ArrayList<>();
    for (StepJson s : json) {
      read.add(new SettlementStep(SettlementStep.Rule.valueOf(s.rule()), s.figures(), s.text()));
    }
    return read;
  }

  /** A settlement from a row of {@link #COLUMNS}. */
  private static SettlementRecord settlement(ResultSet rs) throws SQLException {
    String stored = rs.getString(28);
    return settlement(rs, () -> steps(stored));
  }

  /** A settlement from a row of {@link #WITHOUT_STEPS} (read by position: a city's half year is a million rows). */
  private static SettlementRecord settlement(ResultSet rs, Supplier<List<SettlementStep>> steps) throws SQLException {
    Bill bill = Bill.of(Optional.ofNullable(rs.getString(4)).map(HospitalCode::parse), rs.getString(3),
        ResidentId.parse(rs.getString(5)), HospitalLevel.valueOf(rs.getString(6)), CareType.valueOf(rs.getString(7)),
        rs.getObject(8, LocalDate.class), Money.ofFen(rs.getLong(9)), Money.ofFen(rs.getLong(10)));
    return SettlementRecord.of(rs.getString(1), bill, AidCategory.valueOf(rs.getString(11)),
        Money.ofFen(rs.getLong(12)), Money.ofFen(rs.getLong(13)), Money.ofFen(rs.getLong(14)),
        Money.ofFen(rs.getLong(15)),
        YearToDate.ofFen(rs.getLong(16), rs.getLong(17), rs.getLong(18), rs.getLong(19), rs.getLong(20)),
        YearToDate.ofFen(rs.getLong(21), rs.getLong(22), rs.getLong(23), rs.getLong(24), rs.getLong(25)),
        steps, rs.getString(26), Optional.ofNullable(rs.getObject(27, LocalDate.class)));
  }

  /** The ledger's transaction: reads and writes through the locked connection. */
  private static final class Tx implements SettlementLedger.Transaction {
    private final Sql sql;

    Tx(Sql sql) {
      this.sql = sql;
    }

    @Override
    public Optional<SettlementRecord> latestStanding(String billKey) {
      return unchecked(() -> sql.one("SELECT " + COLUMNS + " FROM settlement WHERE standing_bill_key = ?",
          JdbcMedicalAid::settlement, billKey));
    }

    @Override
    public Optional<SettlementRecord> find(String settlementId) {
      return unchecked(() -> sql.one("SELECT " + COLUMNS + " FROM settlement WHERE settlement_id = ?", JdbcMedicalAid::settlement,
          settlementId));
    }

    @Override
    public YearToDate yearToDate(ResidentId residentId, PolicyYear year) {
      return unchecked(() -> JdbcMedicalAid.yearToDate(sql, residentId, year));
    }

    @Override
    public String nextSettlementId() {
      // not String.format: its parsing of the pattern showed in the writer's profile
      return unchecked(() -> {
        String n = Long.toString(sql.nextOf("settlement"));
        return "MA-" + "00000000".substring(Math.min(8, n.length())) + n;
      });
    }

    @Override
    public void insert(SettlementRecord s) {
      unchecked(() -> {
        Bill b = s.bill();
        long seq = Long.parseLong(s.settlementId().substring(3));
        YearToDate x = s.yearToDateBefore();
        YearToDate y = s.yearToDateAfter();
        List<StepJson> steps = s.steps().stream().map(t -> new StepJson(t.rule().name(), t.figures(), t.text())).toList();
        sql.update("INSERT INTO settlement (settlement_id, seq, bill_id, resident_id, hospital_level, care_type,"
                + " settled_on, total, in_scope, category, basic, critical, aid, self_pay, before_basic_paid,"
                + " before_critical_base, before_critical_paid, before_aid_base, before_aid_paid, after_basic_paid,"
                + " after_critical_base, after_critical_paid, after_aid_base, after_aid_paid, policy_version, steps,"
                + " reversed_on, hospital_code, bill_key, policy_year, event_seq, standing_bill_key)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            s.settlementId(), seq, b.billId(), b.residentId().value(),
            b.hospitalLevel(), b.careType(), b.settledOn(), b.total().fen(), b.inScope().fen(), s.category(),
            s.basicInsurance().fen(), s.criticalIllness().fen(), s.medicalAid().fen(), s.selfPay().fen(),
            x.basicPaid().fen(), x.criticalBase().fen(), x.criticalPaid().fen(), x.aidBase().fen(), x.aidPaid().fen(),
            y.basicPaid().fen(), y.criticalBase().fen(), y.criticalPaid().fen(), y.aidBase().fen(), y.aidPaid().fen(),
            s.policyVersion(), Json.write(steps), s.reversedOn().orElse(null),
            b.hospital().map(HospitalCode::value).orElse(null), b.key(), s.policyYear().year(), seq,
            s.reversedOn().isPresent() ? null : b.key());
        return null;
      });
    }

    /** The reversal is the resident's latest event of the year: the row records it and the year to date it leaves. */
    @Override
    public void reverse(SettlementRecord reversed) {
      unchecked(() -> {
        YearToDate left = JdbcMedicalAid.yearToDate(sql, reversed.bill().residentId(), reversed.policyYear())
            .minus(reversed.contribution());
        sql.update("UPDATE settlement SET reversed_on = ?, standing_bill_key = NULL, event_seq = ?,"
                + " after_reversal_basic_paid = ?, after_reversal_critical_base = ?, after_reversal_critical_paid = ?,"
                + " after_reversal_aid_base = ?, after_reversal_aid_paid = ? WHERE settlement_id = ?",
            reversed.reversedOn().orElseThrow(), sql.nextOf("settlement"), left.basicPaid().fen(),
            left.criticalBase().fen(), left.criticalPaid().fen(), left.aidBase().fen(), left.aidPaid().fen(),
            reversed.settlementId());
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
