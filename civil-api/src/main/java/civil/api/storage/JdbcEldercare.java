package civil.api.storage;

import static civil.api.storage.JdbcMedicalAid.unchecked;

import civil.api.json.Json;
import civil.core.error.ConflictException;
import civil.core.error.NotFoundException;
import civil.core.identity.AreaCode;
import civil.core.identity.ResidentId;
import civil.core.period.HalfYear;
import civil.eldercare.activity.Activity;
import civil.eldercare.activity.ActivityStore;
import civil.eldercare.assessment.Assessment;
import civil.eldercare.assessment.Rectification;
import civil.eldercare.award.Award;
import civil.eldercare.daycare.Attendance;
import civil.eldercare.daycare.DayCareCentre;
import civil.eldercare.daycare.DayCareEnrolment;
import civil.eldercare.daycare.DayCareStore;
import civil.eldercare.homecare.CareWorker;
import civil.eldercare.homecare.DistrictRegister;
import civil.eldercare.homecare.HomeCareClient;
import civil.eldercare.homecare.HomeCareStore;
import civil.eldercare.homecare.Visit;
import civil.eldercare.nursinghome.AssessmentRecord;
import civil.eldercare.nursinghome.NursingHome;
import civil.eldercare.nursinghome.NursingHomeStore;
import civil.eldercare.nursinghome.Occupancy;
import civil.eldercare.volunteer.CommunityAdjacency;
import civil.eldercare.volunteer.MatchingRun;
import civil.eldercare.volunteer.Need;
import civil.eldercare.volunteer.Volunteer;
import civil.eldercare.volunteer.VolunteerStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The elderly-care ports in the database: nursing homes, home care, day care, volunteers and
 * activities; and the district register home care asks, answered from the household registry.
 */
public final class JdbcEldercare {
  private final Database db;

  public JdbcEldercare(Database db) {
    this.db = db;
  }

  public NursingHomeStore nursingHomes() {
    return new Homes();
  }

  public HomeCareStore homeCare() {
    return new HomeCareRows();
  }

  public DayCareStore dayCare() {
    return new DayCareRows();
  }

  public VolunteerStore volunteers() {
    return new Volunteers();
  }

  public ActivityStore activities() {
    return new Activities();
  }

  /**
   * A resident is registered in the district when they are a member of a household in the
   * household registry registered on or before that day.
   */
  public DistrictRegister districtRegister() {
    return (residentId, on) -> db.read(sql -> sql.exists("SELECT 1 FROM household_member m JOIN household h"
        + " ON h.household_id = m.household_id WHERE m.resident_id = ? AND h.registered_on <= ?", residentId.value(), on));
  }

  private static String id(Sql sql, String prefix, String format) throws SQLException {
    return String.format(format, prefix, sql.nextId(prefix));
  }

  // Nursing homes ------------------------------------------------------------------------------

  private static NursingHome home(ResultSet rs) throws SQLException {
    return NursingHome.of(rs.getString("home_id"), rs.getString("name"), AreaCode.parse(rs.getString("subdistrict")),
        rs.getInt("total_beds"), Sql.date(rs, "opened_on"));
  }

  private static Assessment assessment(ResultSet rs) throws SQLException {
    return Json.read(rs.getString("body"), EldercareJson.Assess.class).value();
  }

  private static Rectification rectification(ResultSet rs) throws SQLException {
    return Json.read(rs.getString("body"), EldercareJson.Rectify.class).value();
  }

  private static Award award(ResultSet rs) throws SQLException {
    return Json.read(rs.getString("body"), EldercareJson.Prize.class).value();
  }

  private final class Homes implements NursingHomeStore {
    @Override
    public NursingHome addHome(Function<String, NursingHome> create) {
      return db.transaction(sql -> {
        NursingHome h = create.apply(id(sql, "NH", "%s-%04d"));
        sql.update("INSERT INTO nursing_home (home_id, name, subdistrict, total_beds, opened_on) VALUES (?, ?, ?, ?, ?)",
            h.homeId(), h.name(), h.subdistrict().value(), h.totalBeds(), h.openedOn());
        return h;
      });
    }

    @Override
    public Optional<NursingHome> home(String homeId) {
      return db.read(sql -> sql.one("SELECT * FROM nursing_home WHERE home_id = ?", JdbcEldercare::home, homeId));
    }

    @Override
    public List<NursingHome> homes() {
      return db.read(sql -> sql.list("SELECT * FROM nursing_home ORDER BY home_id", JdbcEldercare::home));
    }

    @Override
    public void putOccupancy(Occupancy o) {
      db.transaction(sql -> {
        if (sql.update("UPDATE home_occupancy SET occupied_beds = ? WHERE home_id = ? AND occ_month = ?", o.occupiedBeds(),
            o.homeId(), o.month().toString()) == 0) {
          sql.update("INSERT INTO home_occupancy (home_id, occ_month, occupied_beds) VALUES (?, ?, ?)", o.homeId(),
              o.month().toString(), o.occupiedBeds());
        }
        return o;
      });
    }

    @Override
    public List<Occupancy> occupancy(String homeId) {
      return db.read(sql -> sql.list("SELECT * FROM home_occupancy WHERE home_id = ? ORDER BY occ_month",
          rs -> new Occupancy(rs.getString("home_id"), YearMonth.parse(rs.getString("occ_month")), rs.getInt("occupied_beds")),
          homeId));
    }

    @Override
    public AssessmentRecord addAssessment(Function<Function<String, String>, AssessmentRecord> create) {
      return db.transaction(sql -> {
        AssessmentRecord r = create.apply(prefix -> unchecked(() -> id(sql, prefix, "%s-%06d")));
        Assessment a = r.assessment();
        sql.update("INSERT INTO home_assessment (assessment_id, seq, home_id, period, assessed_on, body)"
                + " VALUES (?, ?, ?, ?, ?, ?)", a.assessmentId(), sql.nextId("assessment_seq"), a.homeId(),
            a.period().toString(), a.assessedOn(), Json.write(EldercareJson.Assess.from(a)));
        for (Rectification t : r.rectifications()) {
          sql.update("INSERT INTO rectification (rectification_id, seq, home_id, body) VALUES (?, ?, ?, ?)",
              t.rectificationId(), sql.nextId("rectification_seq"), t.homeId(), Json.write(EldercareJson.Rectify.from(t)));
        }
        return r;
      });
    }

    @Override
    public List<Assessment> assessments(String homeId) {
      return db.read(sql -> sql.list("SELECT body FROM home_assessment WHERE home_id = ? ORDER BY seq",
          JdbcEldercare::assessment, homeId));
    }

    @Override
    public List<Assessment> assessmentsBetween(LocalDate from, LocalDate to) {
      return db.read(sql -> sql.list("SELECT body FROM home_assessment WHERE assessed_on BETWEEN ? AND ? ORDER BY seq",
          JdbcEldercare::assessment, from, to));
    }

    @Override
    public Optional<Rectification> rectification(String rectificationId) {
      return db.read(sql -> sql.one("SELECT body FROM rectification WHERE rectification_id = ?",
          JdbcEldercare::rectification, rectificationId));
    }

    @Override
    public Rectification replaceRectification(String rectificationId, UnaryOperator<Rectification> change) {
      return db.transaction(sql -> {
        Rectification current = sql.one("SELECT body FROM rectification WHERE rectification_id = ? FOR UPDATE",
            JdbcEldercare::rectification, rectificationId)
            .orElseThrow(() -> new NotFoundException("rectification", rectificationId));
        Rectification next = change.apply(current);
        sql.update("UPDATE rectification SET body = ? WHERE rectification_id = ?",
            Json.write(EldercareJson.Rectify.from(next)), rectificationId);
        return next;
      });
    }

    @Override
    public List<Rectification> rectifications() {
      return db.read(sql -> sql.list("SELECT body FROM rectification ORDER BY seq", JdbcEldercare::rectification));
    }

    @Override
    public Optional<Award> award(HalfYear period) {
      return db.read(sql -> sql.one("SELECT body FROM home_award WHERE period = ?", JdbcEldercare::award,
          period.toString()));
    }

    @Override
    public Award addAward(Award award) {
      return db.transaction(sql -> {
        if (sql.exists("SELECT 1 FROM home_award WHERE period = ?", award.period().toString())) {
          throw new ConflictException("AWARD_EXISTS", "the award for " + award.period() + " is stored already");
        }
        sql.update("INSERT INTO home_award (period, paid_on, body) VALUES (?, ?, ?)", award.period().toString(),
            award.paidOn(), Json.write(EldercareJson.Prize.from(award)));
        return award;
      });
    }

    @Override
    public List<Award> awards() {
      return db.read(sql -> sql.list("SELECT body FROM home_award ORDER BY period", JdbcEldercare::award));
    }
  }

  // Home care ----------------------------------------------------------------------------------

  private static HomeCareClient client(ResultSet rs) throws SQLException {
    return Json.read(rs.getString("body"), EldercareJson.Client.class).value();
  }

  private static CareWorker worker(ResultSet rs) throws SQLException {
    return Json.read(rs.getString("body"), EldercareJson.Worker.class).value();
  }

  private static Visit visit(ResultSet rs) throws SQLException {
    return Json.read(rs.getString("body"), EldercareJson.Call.class).value();
  }

  private static void writeClient(Sql sql, HomeCareClient c) throws SQLException {
    sql.update("UPDATE home_care_client SET worker_id = ?, body = ? WHERE client_id = ?", c.workerId().orElse(null),
        Json.write(EldercareJson.Client.from(c)), c.clientId());
  }

  private final class HomeCareRows implements HomeCareStore {
    @Override
    public HomeCareClient addClient(String residentKey, BiFunction<String, List<HomeCareClient>, HomeCareClient> create) {
      return db.transaction(sql -> {
        sql.lockKey("home_care_resident", "resident_id", residentKey);
        List<HomeCareClient> mine = sql.list("SELECT body FROM home_care_client WHERE resident_id = ? ORDER BY client_id",
            JdbcEldercare::client, residentKey);
        HomeCareClient c = create.apply(id(sql, "HC", "%s-%06d"), mine);
        sql.update("INSERT INTO home_care_client (client_id, resident_id, worker_id, body) VALUES (?, ?, ?, ?)",
            c.clientId(), c.residentId().value(), c.workerId().orElse(null), Json.write(EldercareJson.Client.from(c)));
        return c;
      });
    }

    @Override
    public Optional<HomeCareClient> client(String clientId) {
      return db.read(sql -> sql.one("SELECT body FROM home_care_client WHERE client_id = ?", JdbcEldercare::client,
          clientId));
    }

    @Override
    public List<HomeCareClient> clients() {
      return db.read(sql -> sql.list("SELECT body FROM home_care_client ORDER BY client_id", JdbcEldercare::client));
    }

    @Override
    public HomeCareClient assign(String clientId, String workerId,
        BiFunction<HomeCareClient, List<HomeCareClient>, HomeCareClient> change) {
      return db.transaction(sql -> {
        sql.one("SELECT worker_id FROM care_worker WHERE worker_id = ? FOR UPDATE", rs -> true, workerId)
            .orElseThrow(() -> new NotFoundException("care worker", workerId));
        HomeCareClient current = sql.one("SELECT body FROM home_care_client WHERE client_id = ? FOR UPDATE",
            JdbcEldercare::client, clientId).orElseThrow(() -> new NotFoundException("home-care client", clientId));
        List<HomeCareClient> caseload = sql.list("SELECT body FROM home_care_client WHERE worker_id = ? ORDER BY client_id",
            JdbcEldercare::client, workerId);
        HomeCareClient next = change.apply(current, caseload);
        writeClient(sql, next);
        return next;
      });
    }

    @Override
    public HomeCareClient replaceClient(String clientId, UnaryOperator<HomeCareClient> change) {
      return db.transaction(sql -> {
        HomeCareClient current = sql.one("SELECT body FROM home_care_client WHERE client_id = ? FOR UPDATE",
            JdbcEldercare::client, clientId).orElseThrow(() -> new NotFoundException("home-care client", clientId));
        HomeCareClient next = change.apply(current);
        writeClient(sql, next);
        return next;
      });
    }

    @Override
    public CareWorker addWorker(Function<String, CareWorker> create) {
      return db.transaction(sql -> {
        CareWorker w = create.apply(id(sql, "CW", "%s-%06d"));
        sql.update("INSERT INTO care_worker (worker_id, body) VALUES (?, ?)", w.workerId(),
            Json.write(EldercareJson.Worker.from(w)));
        return w;
      });
    }

    @Override
    public Optional<CareWorker> worker(String workerId) {
      return db.read(sql -> sql.one("SELECT body FROM care_worker WHERE worker_id = ?", JdbcEldercare::worker, workerId));
    }

    @Override
    public List<CareWorker> workers() {
      return db.read(sql -> sql.list("SELECT body FROM care_worker ORDER BY worker_id", JdbcEldercare::worker));
    }

    @Override
    public Visit addVisit(Function<String, Visit> create) {
      return db.transaction(sql -> {
        Visit v = create.apply(id(sql, "VS", "%s-%06d"));
        sql.update("INSERT INTO home_care_visit (visit_id, seq, client_id, visit_date, body) VALUES (?, ?, ?, ?, ?)",
            v.visitId(), sql.nextId("visit_seq"), v.clientId(), v.date(), Json.write(EldercareJson.Call.from(v)));
        return v;
      });
    }

    @Override
    public List<Visit> visits(String clientId, LocalDate from, LocalDate to) {
      return db.read(sql -> sql.list("SELECT body FROM home_care_visit WHERE client_id = ? AND visit_date BETWEEN ? AND ?"
          + " ORDER BY seq", JdbcEldercare::visit, clientId, from, to));
    }

    @Override
    public List<Visit> visitsBetween(LocalDate from, LocalDate to) {
      return db.read(sql -> sql.list("SELECT body FROM home_care_visit WHERE visit_date BETWEEN ? AND ? ORDER BY seq",
          JdbcEldercare::visit, from, to));
    }
  }

  // Day care -----------------------------------------------------------------------------------

  private static DayCareCentre centre(ResultSet rs) throws SQLException {
    return Json.read(rs.getString("body"), EldercareJson.Centre.class).value();
  }

  private static DayCareEnrolment enrolment(ResultSet rs) throws SQLException {
    return Json.read(rs.getString("body"), EldercareJson.Enrol.class).value();
  }

  private static Attendance attendance(ResultSet rs) throws SQLException {
    return new Attendance(rs.getString("centre_id"), ResidentId.parse(rs.getString("resident_id")),
        Sql.date(rs, "att_date"));
  }

  private final class DayCareRows implements DayCareStore {
    @Override
    public DayCareCentre addCentre(Function<String, DayCareCentre> create) {
      return db.transaction(sql -> {
        DayCareCentre c = create.apply(id(sql, "DC", "%s-%04d"));
        sql.update("INSERT INTO day_care_centre (centre_id, body) VALUES (?, ?)", c.centreId(),
            Json.write(EldercareJson.Centre.from(c)));
        return c;
      });
    }

    @Override
    public Optional<DayCareCentre> centre(String centreId) {
      return db.read(sql -> sql.one("SELECT body FROM day_care_centre WHERE centre_id = ?", JdbcEldercare::centre,
          centreId));
    }

    @Override
    public List<DayCareCentre> centres() {
      return db.read(sql -> sql.list("SELECT body FROM day_care_centre ORDER BY centre_id", JdbcEldercare::centre));
    }

    private void lockCentre(Sql sql, String centreId) throws SQLException {
      sql.one("SELECT centre_id FROM day_care_centre WHERE centre_id = ? FOR UPDATE", rs -> true, centreId)
          .orElseThrow(() -> new NotFoundException("day-care centre", centreId));
    }

    @Override
    public DayCareEnrolment addEnrolment(String centreId,
        BiFunction<String, List<DayCareEnrolment>, DayCareEnrolment> create) {
      return db.transaction(sql -> {
        lockCentre(sql, centreId);
        List<DayCareEnrolment> existing = sql.list("SELECT body FROM day_care_enrolment WHERE centre_id = ?"
            + " ORDER BY enrolment_id", JdbcEldercare::enrolment, centreId);
        DayCareEnrolment e = create.apply(id(sql, "DE", "%s-%06d"), existing);
        sql.update("INSERT INTO day_care_enrolment (enrolment_id, centre_id, body) VALUES (?, ?, ?)", e.enrolmentId(),
            centreId, Json.write(EldercareJson.Enrol.from(e)));
        return e;
      });
    }

    @Override
    public List<DayCareEnrolment> enrolments(String centreId) {
      return db.read(sql -> sql.list("SELECT body FROM day_care_enrolment WHERE centre_id = ? ORDER BY enrolment_id",
          JdbcEldercare::enrolment, centreId));
    }

    @Override
    public Attendance addAttendance(Attendance a, Consumer<List<Attendance>> accept) {
      return db.transaction(sql -> {
        lockCentre(sql, a.centreId());
        accept.accept(sql.list("SELECT * FROM day_care_attendance WHERE centre_id = ? AND att_date = ? ORDER BY seq",
            JdbcEldercare::attendance, a.centreId(), a.date()));
        sql.update("INSERT INTO day_care_attendance (centre_id, resident_id, att_date, seq) VALUES (?, ?, ?, ?)",
            a.centreId(), a.residentId().value(), a.date(), sql.nextId("attendance_seq"));
        return a;
      });
    }

    @Override
    public List<Attendance> attendance(String centreId, LocalDate from, LocalDate to) {
      return db.read(sql -> sql.list("SELECT * FROM day_care_attendance WHERE centre_id = ? AND att_date BETWEEN ? AND ?"
          + " ORDER BY seq", JdbcEldercare::attendance, centreId, from, to));
    }
  }

  // Volunteers ---------------------------------------------------------------------------------

  private static Volunteer volunteer(ResultSet rs) throws SQLException {
    return Json.read(rs.getString("body"), EldercareJson.Helper.class).value();
  }

  private static Need need(ResultSet rs) throws SQLException {
    return Json.read(rs.getString("body"), EldercareJson.Want.class).value();
  }

  private static MatchingRun run(ResultSet rs) throws SQLException {
    return Json.read(rs.getString("body"), EldercareJson.Run.class).value();
  }

  private final class Volunteers implements VolunteerStore {
    @Override
    public Volunteer addVolunteer(Volunteer v) {
      return db.transaction(sql -> {
        if (sql.exists("SELECT 1 FROM volunteer WHERE volunteer_id = ?", v.id())) {
          throw new ConflictException("VOLUNTEER_EXISTS", "volunteer " + v.id() + " is registered already");
        }
        sql.update("INSERT INTO volunteer (volunteer_id, seq, body) VALUES (?, ?, ?)", v.id(), sql.nextId("volunteer_seq"),
            Json.write(EldercareJson.Helper.from(v)));
        return v;
      });
    }

    @Override
    public Optional<Volunteer> volunteer(String id) {
      return db.read(sql -> sql.one("SELECT body FROM volunteer WHERE volunteer_id = ?", JdbcEldercare::volunteer, id));
    }

    @Override
    public List<Volunteer> volunteers() {
      return db.read(sql -> sql.list("SELECT body FROM volunteer ORDER BY seq", JdbcEldercare::volunteer));
    }

    @Override
    public Need addNeed(Need n) {
      return db.transaction(sql -> {
        if (sql.exists("SELECT 1 FROM volunteer_need WHERE elder_id = ?", n.elderId())) {
          throw new ConflictException("NEED_EXISTS", "elder " + n.elderId() + " already has a need registered");
        }
        sql.update("INSERT INTO volunteer_need (elder_id, seq, body) VALUES (?, ?, ?)", n.elderId(), sql.nextId("need_seq"),
            Json.write(EldercareJson.Want.from(n)));
        return n;
      });
    }

    @Override
    public Optional<Need> need(String elderId) {
      return db.read(sql -> sql.one("SELECT body FROM volunteer_need WHERE elder_id = ?", JdbcEldercare::need, elderId));
    }

    @Override
    public List<Need> needs() {
      return db.read(sql -> sql.list("SELECT body FROM volunteer_need ORDER BY seq", JdbcEldercare::need));
    }

    @Override
    public void setAdjacency(CommunityAdjacency adjacency) {
      db.transaction(sql -> {
        String body = Json.write(EldercareJson.Adjacency.from(adjacency));
        if (sql.update("UPDATE community_adjacency SET body = ? WHERE id = 1", body) == 0) {
          sql.update("INSERT INTO community_adjacency (id, body) VALUES (1, ?)", body);
        }
        return adjacency;
      });
    }

    @Override
    public CommunityAdjacency adjacency() {
      return db.read(sql -> sql.one("SELECT body FROM community_adjacency WHERE id = 1",
          rs -> Json.read(rs.getString("body"), EldercareJson.Adjacency.class).value())).orElse(CommunityAdjacency.none());
    }

    @Override
    public MatchingRun addRun(Function<String, MatchingRun> create) {
      return db.transaction(sql -> {
        MatchingRun r = create.apply(id(sql, "MR", "%s-%04d"));
        sql.update("INSERT INTO matching_run (run_id, seq, run_on, body) VALUES (?, ?, ?, ?)", r.runId(),
            sql.nextId("run_seq"), r.runOn(), Json.write(EldercareJson.Run.from(r)));
        return r;
      });
    }

    @Override
    public List<MatchingRun> runsBetween(LocalDate from, LocalDate to) {
      return db.read(sql -> sql.list("SELECT body FROM matching_run WHERE run_on BETWEEN ? AND ? ORDER BY seq",
          JdbcEldercare::run, from, to));
    }
  }

  // Activities ---------------------------------------------------------------------------------

  private final class Activities implements ActivityStore {
    @Override
    public Activity add(Function<String, Activity> create) {
      return db.transaction(sql -> {
        Activity a = create.apply(id(sql, "AC", "%s-%05d"));
        sql.update("INSERT INTO activity (activity_id, seq, activity_date, body) VALUES (?, ?, ?, ?)", a.activityId(),
            sql.nextId("activity_seq"), a.date(), Json.write(EldercareJson.Session.from(a)));
        return a;
      });
    }

    @Override
    public List<Activity> between(LocalDate from, LocalDate to) {
      return db.read(sql -> sql.list("SELECT body FROM activity WHERE activity_date BETWEEN ? AND ? ORDER BY seq",
          rs -> Json.read(rs.getString("body"), EldercareJson.Session.class).value(), from, to));
    }
  }
}
