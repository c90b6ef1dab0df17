package civil.api.http;

import static civil.api.http.RouteTable.roles;

import civil.api.Services;
import civil.core.identity.AreaCode;
import civil.village.election.ElectionSurvey;
import civil.village.election.SurveyPerson;
import civil.village.openness.Frequency;
import civil.village.openness.Grade;
import civil.village.openness.Inspection;
import civil.village.openness.OpennessCatalog;
import civil.village.openness.Publication;
import civil.village.openness.VillageEvent;
import civil.village.register.Village;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Village affairs: villages, openness of village affairs and its inspection, model villages, election surveys. */
public final class VillageRoutes {
  private VillageRoutes() {}

  record VillageRequest(String villageCode, String name) {}

  record VillageView(String villageCode, String name, String subdistrict) {
    static VillageView of(Village v) {
      return new VillageView(v.code().value(), v.name(), v.subdistrict().value());
    }
  }

  record VillageList(List<VillageView> villages) {}

  record CatalogItemView(String code, String nameZh, Frequency frequency, Integer dueDays, Integer dueDayOfNextMonth) {}

  record CatalogView(String version, LocalDate effectiveFrom, List<CatalogItemView> items) {
    static CatalogView of(OpennessCatalog c) {
      return new CatalogView(c.version(), c.effectiveFrom(), c.items().stream().map(i -> new CatalogItemView(i.code(),
          i.nameZh(), i.frequency(), i.dueDays().orElse(null), i.dueDayOfNextMonth().orElse(null))).toList());
    }
  }

  record EventRequest(String itemCode, String eventId, LocalDate eventOn, String title) {}

  record EventView(String villageCode, String itemCode, String eventId, LocalDate eventOn, String title) {
    static EventView of(VillageEvent e) {
      return new EventView(e.villageCode(), e.itemCode(), e.eventId(), e.eventOn(), e.title());
    }
  }

  /** A publication: {@code period} for a periodic item, {@code eventId} for an event item. */
  record PublicationRequest(String itemCode, Optional<String> period, Optional<String> eventId, LocalDate publishedOn) {}

  record PublicationView(String villageCode, String itemCode, String period, String eventId, LocalDate publishedOn) {
    static PublicationView of(Publication p) {
      return new PublicationView(p.villageCode(), p.itemCode(), p.period().orElse(null), p.eventId().orElse(null),
          p.publishedOn());
    }
  }

  record InspectionRequest(LocalDate inspectedOn, LocalDate from, LocalDate to) {}

  record FindingView(String itemCode, String period, String eventId, LocalDate dueOn, LocalDate publishedOn,
      Inspection.Status status) {}

  /** An inspection of village-affairs openness, as made. */
  record InspectionView(String inspectionId, String villageCode, LocalDate inspectedOn, LocalDate from, LocalDate to,
      int due, int onTime, int late, int missing, BigDecimal score, Grade grade, List<FindingView> findings) {
    static InspectionView of(Inspection i) {
      return new InspectionView(i.inspectionId(), i.villageCode(), i.inspectedOn(), i.from(), i.to(), i.due(), i.onTime(),
          i.late(), i.missing(), i.score(), i.grade(), i.findings().stream().map(f -> new FindingView(f.itemCode(),
              f.period().orElse(null), f.eventId().orElse(null), f.dueOn(), f.publishedOn().orElse(null), f.status()))
              .toList());
    }
  }

  record InspectionList(List<InspectionView> inspections) {}

  record CandidateView(String villageCode, int inspections, BigDecimal averageScore, BigDecimal lowestScore) {}

  record ModelVillagesView(int year, List<CandidateView> candidates) {}

  record PersonRequest(String residentId, Boolean registeredHere, Boolean livesHere, Integer yearsResident,
      Boolean deprivedOfPoliticalRights, Boolean wantsToRegister) {}

  record RollRequest(String villageCode, List<PersonRequest> persons) {}

  record SurveyRequest(LocalDate electionDay, List<RollRequest> villages) {}

  record VotersView(int resident, int away, int applicant, int total) {}

  record CountsView(String villageCode, int registered, int living, VotersView voters, int femaleVoters, int under18,
      int deprived, int seats) {
    static CountsView of(String village, ElectionSurvey.Counts c) {
      return new CountsView(village, c.registered(), c.living(), new VotersView(c.residentVoters(), c.awayVoters(),
          c.applicantVoters(), c.voters()), c.femaleVoters(), c.under18(), c.deprived(), c.seats());
    }
  }

  record DuplicateView(String residentId, List<String> villageCodes) {}

  /** An election groundwork survey: per village, the totals (villageCode null), and residents registered twice. */
  record SurveyView(String surveyId, LocalDate electionDay, List<CountsView> villages, CountsView totals,
      List<DuplicateView> duplicates) {
    static SurveyView of(ElectionSurvey s) {
      return new SurveyView(s.surveyId(), s.electionDay(),
          s.villages().stream().map(v -> CountsView.of(v.villageCode(), v.counts())).toList(), CountsView.of(null, s.totals()),
          s.duplicates().stream().map(d -> new DuplicateView(d.residentId().masked(), d.villageCodes())).toList());
    }
  }

  static void register(RouteTable routes, Services s) {
    routes.post("/api/v1/villages", "Register a village (or community) committee", roles(Role.CASEWORKER),
        VillageRequest.class, VillageView.class, 201, call -> {
          VillageRequest r = call.body(VillageRequest.class);
          return VillageView.of(s.villages().register(Fields.area("villageCode", r.villageCode(), AreaCode.Level.COMMUNITY),
              r.name()));
        });
    routes.get("/api/v1/villages", "Every registered village", roles(Role.CASEWORKER, Role.AUDITOR), VillageList.class,
        call -> new VillageList(s.villages().villages().stream().map(VillageView::of).toList()));
    routes.get("/api/v1/village-affairs/openness-catalog", "What a village publishes and by when (村务公开目录)",
        roles(Role.CASEWORKER, Role.AUDITOR), CatalogView.class, call -> CatalogView.of(s.villages().catalog(call.today())));
    routes.post("/api/v1/villages/{villageCode}/events", "Record an event that must be published",
        roles(Role.CASEWORKER), EventRequest.class, EventView.class, 201, call -> {
          EventRequest r = call.body(EventRequest.class);
          return EventView.of(s.villages().recordEvent(call.path("villageCode"), r.itemCode(), r.eventId(), r.eventOn(),
              r.title()));
        });
    routes.post("/api/v1/villages/{villageCode}/publications", "Record a publication on the village's public board",
        roles(Role.CASEWORKER), PublicationRequest.class, PublicationView.class, 201, call -> {
          PublicationRequest r = call.body(PublicationRequest.class);
          return PublicationView.of(s.villages().publish(call.path("villageCode"), r.itemCode(), r.period(), r.eventId(),
              r.publishedOn()));
        });
    routes.post("/api/v1/villages/{villageCode}/inspections", "Inspect a village's openness (村务公开检查)",
        roles(Role.CASEWORKER), InspectionRequest.class, InspectionView.class, 201, call -> {
          InspectionRequest r = call.body(InspectionRequest.class);
          return InspectionView.of(s.villages().inspect(call.path("villageCode"), r.inspectedOn(), r.from(), r.to()));
        });
    routes.get("/api/v1/villages/{villageCode}/inspections", "A village's inspections, as made",
        roles(Role.CASEWORKER, Role.AUDITOR), InspectionList.class, call -> {
          String code = s.villages().village(call.path("villageCode")).code().value();
          return new InspectionList(s.villages().inspections(Optional.of(code)).stream().map(InspectionView::of).toList());
        });
    routes.get("/api/v1/village-affairs/model-villages", "Model-village candidates of a year (?year=)",
        roles(Role.CASEWORKER, Role.AUDITOR), ModelVillagesView.class, call -> {
          int year = CharityRoutes.year(call.query("year"));
          return new ModelVillagesView(year, s.villages().modelVillages(year).stream().map(c -> new CandidateView(
              c.villageCode(), c.inspections(), c.averageShown(), c.lowestScore())).toList());
        });
    routes.post("/api/v1/village-affairs/election-surveys", "Survey the villages' lists for an election (换届摸底)",
        roles(Role.CASEWORKER), SurveyRequest.class, SurveyView.class, 201, call -> {
          SurveyRequest r = call.body(SurveyRequest.class);
          List<ElectionSurvey.Roll> rolls = new ArrayList<>();
          for (int v = 0; v < r.villages().size(); v++) {
            RollRequest roll = r.villages().get(v);
            List<SurveyPerson> persons = new ArrayList<>();
            for (int i = 0; i < roll.persons().size(); i++) {
              PersonRequest p = roll.persons().get(i);
              persons.add(new SurveyPerson(Fields.residentId("villages[" + v + "].persons[" + i + "].residentId",
                  p.residentId()), p.registeredHere(), p.livesHere(), Fields.count("villages[" + v + "].persons[" + i
                  + "].yearsResident", p.yearsResident()), p.deprivedOfPoliticalRights(), p.wantsToRegister()));
            }
            rolls.add(new ElectionSurvey.Roll(Fields.area("villages[" + v + "].villageCode", roll.villageCode(),
                AreaCode.Level.COMMUNITY).value(), persons));
          }
          return SurveyView.of(s.villages().survey(r.electionDay(), rolls));
        }).runsLong();
    routes.get("/api/v1/village-affairs/election-surveys/{surveyId}", "An election survey, as made",
        roles(Role.CASEWORKER, Role.AUDITOR), SurveyView.class,
        call -> SurveyView.of(s.villages().surveyById(call.path("surveyId"))));
  }
}
