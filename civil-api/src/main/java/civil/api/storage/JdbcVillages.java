package civil.api.storage;

import civil.api.json.Json;
import civil.core.error.ConflictException;
import civil.core.identity.AreaCode;
import civil.core.identity.ResidentId;
import civil.village.election.ElectionSurvey;
import civil.village.openness.Grade;
import civil.village.openness.Inspection;
import civil.village.openness.Publication;
import civil.village.openness.VillageEvent;
import civil.village.register.Village;
import civil.village.register.VillageStore;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The village-affairs port in the database. */
public final class JdbcVillages implements VillageStore {
  private final Database db;

  public JdbcVillages(Database db) {
    this.db = db;
  }

  // JSON shapes as stored -------------------------------------------------------------------------

  record FindingJson(String itemCode, String period, String eventId, LocalDate dueOn, LocalDate publishedOn,
      Inspection.Status status) {}

  record InspectionJson(LocalDate from, LocalDate to, int due, int onTime, int late, int missing, BigDecimal score,
      Grade grade, List<FindingJson> findings) {
    static InspectionJson from(Inspection i) {
      return new InspectionJson(i.from(), i.to(), i.due(), i.onTime(), i.late(), i.missing(), i.score(), i.grade(),
          i.findings().stream().map(f -> new FindingJson(f.itemCode(), f.period().orElse(null), f.eventId().orElse(null),
              f.dueOn(), f.publishedOn().orElse(null), f.status())).toList());
    }

    Inspection inspection(String id, String village, LocalDate on) {
      return new Inspection(id, village, on, from, to, due, onTime, late, missing, score, grade, findings.stream()
          .map(f -> new Inspection.Finding(f.itemCode(), Optional.ofNullable(f.period()), Optional.ofNullable(f.eventId()),
              f.dueOn(), Optional.ofNullable(f.publishedOn()), f.status())).toList());
    }
  }

  record CountJson(String villageCode, ElectionSurvey.Counts counts) {}

  record DuplicateJson(String residentId, List<String> villageCodes) {}

  record SurveyJson(List<CountJson> villages, ElectionSurvey.Counts totals, List<DuplicateJson> duplicates) {
    static SurveyJson from(ElectionSurvey s) {
      return new SurveyJson(s.villages().stream().map(v -> new CountJson(v.villageCode(), v.counts())).toList(),
          s.totals(), s.duplicates().stream().map(d -> new DuplicateJson(d.residentId().value(), d.villageCodes())).toList());
    }

    ElectionSurvey survey(String id, LocalDate day) {
      return new ElectionSurvey(id, day, villages.stream().map(v -> new ElectionSurvey.VillageCount(v.villageCode(),
          v.counts())).toList(), totals, duplicates.stream().map(d -> new ElectionSurvey.Duplicate(
          ResidentId.parse(d.residentId()), d.villageCodes())).toList());
    }
  }

  private static Village village(ResultSet rs) throws SQLException {
    return new Village(AreaCode.parse(rs.getString("village_code")), rs.getString("name"));
  }

  private static VillageEvent event(ResultSet rs) throws SQLException {
    return new VillageEvent(rs.getString("village_code"), rs.getString("item_code"), rs.getString("event_id"),
        Sql.date(rs, "event_on"), rs.getString("title"));
  }

  private static Publication publication(ResultSet rs) throws SQLException {
    return new Publication(rs.getString("village_code"), rs.getString("item_code"),
        Optional.ofNullable(rs.getString("period")), Optional.ofNullable(rs.getString("event_id")),
        Sql.date(rs, "published_on"));
  }

  private static Inspection inspection(ResultSet rs) throws SQLException {
    return Json.read(rs.getString("body"), InspectionJson.class).inspection(rs.getString("inspection_id"),
        rs.getString("village_code"), Sql.date(rs, "inspected_on"));
  }

  private static ElectionSurvey survey(ResultSet rs) throws SQLException {
    return Json.read(rs.getString("body"), SurveyJson.class).survey(rs.getString("survey_id"),
        Sql.date(rs, "election_day"));
  }

  @Override
  public Village add(Village v) {
    return db.transaction(sql -> {
      if (sql.exists("SELECT village_code FROM village WHERE village_code = ?", v.code().value())) {
        throw new ConflictException("VILLAGE_EXISTS", "village " + v.code() + " is already registered");
      }
      sql.update("INSERT INTO village (village_code, name) VALUES (?, ?)", v.code().value(), v.name());
      return v;
    });
  }

  @Override
  public Optional<Village> find(String villageCode) {
    return db.read(sql -> sql.one("SELECT * FROM village WHERE village_code = ?", JdbcVillages::village, villageCode));
  }

  @Override
  public List<Village> all() {
    return db.read(sql -> sql.list("SELECT * FROM village ORDER BY village_code", JdbcVillages::village));
  }

  @Override
  public VillageEvent addEvent(VillageEvent e) {
    return db.transaction(sql -> {
      sql.one("SELECT village_code FROM village WHERE village_code = ? FOR UPDATE", rs -> true, e.villageCode());
      if (sql.exists("SELECT event_id FROM village_event WHERE village_code = ? AND event_id = ?", e.villageCode(),
          e.eventId())) {
        throw new ConflictException("EVENT_EXISTS", "village " + e.villageCode() + " recorded event " + e.eventId()
            + " already");
      }
      sql.update("INSERT INTO village_event (village_code, event_id, item_code, event_on, title) VALUES (?, ?, ?, ?, ?)",
          e.villageCode(), e.eventId(), e.itemCode(), e.eventOn(), e.title());
      return e;
    });
  }

  @Override
  public List<VillageEvent> events(String villageCode) {
    return db.read(sql -> sql.list("SELECT * FROM village_event WHERE village_code = ? ORDER BY event_on, event_id",
        JdbcVillages::event, villageCode));
  }

  @Override
  public Publication addPublication(Publication p) {
    return db.transaction(sql -> {
      sql.update("INSERT INTO village_publication (seq, village_code, item_code, period, event_id, published_on)"
              + " VALUES (?, ?, ?, ?, ?, ?)", sql.nextId("village-publication"), p.villageCode(), p.itemCode(),
          p.period().orElse(null), p.eventId().orElse(null), p.publishedOn());
      return p;
    });
  }

  @Override
  public List<Publication> publications(String villageCode) {
    return db.read(sql -> sql.list("SELECT * FROM village_publication WHERE village_code = ? ORDER BY seq",
        JdbcVillages::publication, villageCode));
  }

  @Override
  public Inspection addInspection(Function<String, Inspection> make) {
    return db.transaction(sql -> {
      long seq = sql.nextId("village-inspection");
      Inspection i = make.apply(String.format("VI-%06d", seq));
      sql.update("INSERT INTO village_inspection (inspection_id, seq, village_code, inspected_on, body) VALUES (?, ?, ?, ?, ?)",
          i.inspectionId(), seq, i.villageCode(), i.inspectedOn(), Json.write(InspectionJson.from(i)));
      return i;
    });
  }

  @Override
  public List<Inspection> inspections(Optional<String> villageCode) {
    return db.read(sql -> villageCode.isPresent()
        ? sql.list("SELECT * FROM village_inspection WHERE village_code = ? ORDER BY seq", JdbcVillages::inspection,
            villageCode.get())
        : sql.list("SELECT * FROM village_inspection ORDER BY seq", JdbcVillages::inspection));
  }

  @Override
  public ElectionSurvey addSurvey(Function<String, ElectionSurvey> make) {
    return db.transaction(sql -> {
      long seq = sql.nextId("election-survey");
      ElectionSurvey s = make.apply(String.format("ES-%06d", seq));
      sql.update("INSERT INTO election_survey (survey_id, seq, election_day, body) VALUES (?, ?, ?, ?)", s.surveyId(), seq,
          s.electionDay(), Json.write(SurveyJson.from(s)));
      return s;
    });
  }

  @Override
  public Optional<ElectionSurvey> survey(String surveyId) {
    return db.read(sql -> sql.one("SELECT * FROM election_survey WHERE survey_id = ?", JdbcVillages::survey, surveyId));
  }

  @Override
  public List<ElectionSurvey> surveys() {
    return db.read(sql -> sql.list("SELECT * FROM election_survey ORDER BY seq", JdbcVillages::survey));
  }
}
