package civil.api.storage;


import civil.api.json.Json;
import civil.core.error.ConflictException;
import civil.core.error.NotFoundException;
import civil.core.identity.HospitalCode;
import civil.core.money.Money;
import civil.core.period.DateRange;
import civil.relief.hospital.ClearingStatement;
import civil.relief.hospital.ClearingStore;
import civil.relief.hospital.DesignatedHospital;
import civil.relief.hospital.HospitalStore;
import civil.relief.hospital.Reconciliation;
import civil.relief.medical.HospitalLevel;
import com.fasterxml.jackson.databind.JavaType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** The hospital ports in the database: the registry, clearing statements and reconciliations. */
public final class JdbcHospitals {
  private final Database db;

  public JdbcHospitals(Database db) {
    this.db = db;
  }

  public HospitalStore hospitals() {
    return new Hospitals();
  }

  public ClearingStore clearings() {
    return new Clearings();
  }

  // JSON shapes as stored -------------------------------------------------------------------------

  record Level(HospitalLevel level, LocalDate from) {}

  record Period(LocalDate from, LocalDate to) {}

  record Suspension(LocalDate from, LocalDate to, String reason) {}

  record History(List<Level> levels, List<Period> designations, List<Suspension> suspensions) {
    static History from(DesignatedHospital h) {
      return new History(h.levels().stream().map(l -> new Level(l.level(), l.from())).toList(),
          h.designations().stream().map(d -> new Period(d.from(), d.to().orElse(null))).toList(),
          h.suspensions().stream().map(s -> new Suspension(s.period().from(), s.period().to().orElse(null), s.reason()))
              .toList());
    }

    DesignatedHospital hospital(HospitalCode code, String name) {
      return DesignatedHospital.of(code, name,
          levels.stream().map(l -> new DesignatedHospital.LevelEntry(l.level(), l.from())).toList(),
          designations.stream().map(p -> DateRange.of(p.from(), Optional.ofNullable(p.to()))).toList(),
          suspensions.stream().map(s -> new DesignatedHospital.Suspension(
              DateRange.of(s.from(), Optional.ofNullable(s.to())), s.reason())).toList());
    }
  }

  record LineJson(String settlementId, String billId, LocalDate settledOn, ClearingStatement.Kind kind, long medicalAidFen,
      long basicInsuranceFen, long criticalIllnessFen) {}

  record DifferenceJson(String billId, String settlementId, Reconciliation.Kind kind, String field, Long oursFen,
      Long theirsFen, String ours, String theirs) {}

  record ReconciliationJson(boolean balanced, Reconciliation.Counts counts, int oursSettlements, long oursTotalFen,
      long oursMedicalAidFen, int theirsSettlements, long theirsTotalFen, long theirsMedicalAidFen,
      List<DifferenceJson> differences) {
    static ReconciliationJson from(Reconciliation r) {
      return new ReconciliationJson(r.balanced(), r.counts(), r.ours().settlements(), r.ours().total().fen(),
          r.ours().medicalAid().fen(), r.theirs().settlements(), r.theirs().total().fen(), r.theirs().medicalAid().fen(),
          r.differences().stream().map(d -> new DifferenceJson(d.billId(), d.settlementId().orElse(null), d.kind(),
              d.field().orElse(null), d.oursAmount().map(Money::fen).orElse(null),
              d.theirsAmount().map(Money::fen).orElse(null), d.ours().orElse(null), d.theirs().orElse(null))).toList());
    }

    Reconciliation reconciliation(String id, HospitalCode hospital, LocalDate day) {
      return new Reconciliation(id, hospital, day, balanced, counts,
          new Reconciliation.Side(oursSettlements, Money.ofFen(oursTotalFen), Money.ofFen(oursMedicalAidFen)),
          new Reconciliation.Side(theirsSettlements, Money.ofFen(theirsTotalFen), Money.ofFen(theirsMedicalAidFen)),
          differences.stream().map(d -> new Reconciliation.Difference(d.billId(), Optional.ofNullable(d.settlementId()),
              d.kind(), Optional.ofNullable(d.field()), Optional.ofNullable(d.oursFen()).map(Money::ofFen),
              Optional.ofNullable(d.theirsFen()).map(Money::ofFen), Optional.ofNullable(d.ours()),
              Optional.ofNullable(d.theirs()))).toList());
    }
  }

  private static final JavaType LINES = Json.listOf(LineJson.class);

  private static DesignatedHospital hospital(ResultSet rs) throws SQLException {
    return Json.read(rs.getString("history"), History.class)
        .hospital(HospitalCode.parse(rs.getString("hospital_code")), rs.getString("name"));
  }

  private static ClearingStatement statement(ResultSet rs) throws SQLException {
    List<LineJson> lines = Json.read(rs.getString("body"), LINES);
    return new ClearingStatement(rs.getString("clearing_id"), HospitalCode.parse(rs.getString("hospital_code")),
        YearMonth.parse(rs.getString("cleared_month")), ClearingStatement.Status.valueOf(rs.getString("status")),
        lines.stream().map(l -> new ClearingStatement.Line(l.settlementId(), l.billId(), l.settledOn(), l.kind(),
            Money.ofFen(l.medicalAidFen()), Money.ofFen(l.basicInsuranceFen()), Money.ofFen(l.criticalIllnessFen())))
            .toList(), Optional.ofNullable(Sql.date(rs, "paid_on")));
  }

  private static Reconciliation reconciliation(ResultSet rs) throws SQLException {
    return Json.read(rs.getString("body"), ReconciliationJson.class).reconciliation(rs.getString("reconciliation_id"),
        HospitalCode.parse(rs.getString("hospital_code")), Sql.date(rs, "reconciled_on"));
  }

  private final class Hospitals implements HospitalStore {
    @Override
    public DesignatedHospital add(DesignatedHospital h) {
      return db.transaction(sql -> {
        if (sql.exists("SELECT hospital_code FROM hospital WHERE hospital_code = ?", h.code().value())) {
          throw new ConflictException("HOSPITAL_EXISTS", "hospital " + h.code() + " is already registered");
        }
        sql.update("INSERT INTO hospital (hospital_code, name, history) VALUES (?, ?, ?)", h.code().value(), h.name(),
            Json.write(History.from(h)));
        return h;
      });
    }

    @Override
    public Optional<DesignatedHospital> find(HospitalCode code) {
      return db.read(sql -> sql.one("SELECT * FROM hospital WHERE hospital_code = ?", JdbcHospitals::hospital,
          code.value()));
    }

    @Override
    public DesignatedHospital replace(HospitalCode code, UnaryOperator<DesignatedHospital> change) {
      return db.transaction(sql -> {
        DesignatedHospital current = sql.one("SELECT * FROM hospital WHERE hospital_code = ? FOR UPDATE",
            JdbcHospitals::hospital, code.value()).orElseThrow(() -> new NotFoundException("hospital", code.value()));
        DesignatedHospital next = change.apply(current);
        sql.update("UPDATE hospital SET history = ? WHERE hospital_code = ?", Json.write(History.from(next)), code.value());
        return next;
      });
    }

    @Override
    public List<DesignatedHospital> all() {
      return db.read(sql -> sql.list("SELECT * FROM hospital ORDER BY hospital_code", JdbcHospitals::hospital));
    }
  }

  private final class Clearings implements ClearingStore {
    @Override
    public ClearingStatement draw(HospitalCode hospital, DrawWork draw) {
      return db.transaction(sql -> {
        // the hospital's row held: its statements are drawn one at a time, across servers too
        sql.one("SELECT hospital_code FROM hospital WHERE hospital_code = ? FOR UPDATE", rs -> true, hospital.value())
            .orElseThrow(() -> new NotFoundException("hospital", hospital.value()));
        List<ClearingStatement> earlier = sql.list("SELECT * FROM clearing WHERE hospital_code = ? ORDER BY cleared_month",
            JdbcHospitals::statement, hospital.value());
        ClearingStatement s = draw.draw(String.format("CL-%06d", sql.nextId("clearing")), earlier);
        sql.update("INSERT INTO clearing (clearing_id, hospital_code, cleared_month, status, paid_on, body) VALUES (?, ?, ?, ?, ?, ?)",
            s.clearingId(), hospital.value(), s.month().toString(), s.status(), s.paidOn().orElse(null),
            Json.write(s.lines().stream().map(l -> new LineJson(l.settlementId(), l.billId(), l.settledOn(), l.kind(),
                l.medicalAid().fen(), l.basicInsurance().fen(), l.criticalIllness().fen())).toList()));
        for (ClearingStatement.Line l : s.lines()) {
          sql.update("INSERT INTO clearing_line (settlement_id, kind, clearing_id) VALUES (?, ?, ?)", l.settlementId(),
              l.kind(), s.clearingId());
        }
        return s;
      });
    }

    @Override
    public Optional<ClearingStatement> find(String clearingId) {
      return db.read(sql -> sql.one("SELECT * FROM clearing WHERE clearing_id = ?", JdbcHospitals::statement, clearingId));
    }

    @Override
    public ClearingStatement replace(String clearingId, UnaryOperator<ClearingStatement> change) {
      return db.transaction(sql -> {
        ClearingStatement current = sql.one("SELECT * FROM clearing WHERE clearing_id = ? FOR UPDATE",
            JdbcHospitals::statement, clearingId).orElseThrow(() -> new NotFoundException("clearing statement", clearingId));
        ClearingStatement next = change.apply(current);
        sql.update("UPDATE clearing SET status = ?, paid_on = ? WHERE clearing_id = ?", next.status(),
            next.paidOn().orElse(null), clearingId);
        return next;
      });
    }

    @Override
    public List<ClearingStatement> statements(Optional<HospitalCode> hospital) {
      return db.read(sql -> hospital.isPresent()
          ? sql.list("SELECT * FROM clearing WHERE hospital_code = ? ORDER BY cleared_month", JdbcHospitals::statement,
              hospital.get().value())
          : sql.list("SELECT * FROM clearing ORDER BY hospital_code, cleared_month", JdbcHospitals::statement));
    }

    @Override
    public Reconciliation addReconciliation(Function<String, Reconciliation> make) {
      return db.transaction(sql -> {
        long seq = sql.nextId("reconciliation");
        Reconciliation r = make.apply(String.format("RC-%06d", seq));
        sql.update("INSERT INTO reconciliation (reconciliation_id, seq, hospital_code, reconciled_on, body) VALUES (?, ?, ?, ?, ?)",
            r.reconciliationId(), seq, r.hospital().value(), r.date(), Json.write(ReconciliationJson.from(r)));
        return r;
      });
    }

    @Override
    public Optional<Reconciliation> findReconciliation(String id) {
      return db.read(sql -> sql.one("SELECT * FROM reconciliation WHERE reconciliation_id = ?",
          JdbcHospitals::reconciliation, id));
    }

    @Override
    public List<Reconciliation> reconciliations(Optional<HospitalCode> hospital, LocalDate from, LocalDate to) {
      return db.read(sql -> hospital.isPresent()
          ? sql.list("SELECT * FROM reconciliation WHERE hospital_code = ? AND reconciled_on BETWEEN ? AND ? ORDER BY seq",
              JdbcHospitals::reconciliation, hospital.get().value(), from, to)
          : sql.list("SELECT * FROM reconciliation WHERE reconciled_on BETWEEN ? AND ? ORDER BY seq",
              JdbcHospitals::reconciliation, from, to));
    }
  }
}
