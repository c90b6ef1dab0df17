package civil.api.http;

import static civil.api.http.RouteTable.roles;

import civil.api.Services;
import civil.core.error.Inputs;
import civil.core.error.InvalidInputException;
import civil.core.identity.AreaCode;
import civil.core.period.DateRange;
import civil.eldercare.activity.Activities;
import civil.eldercare.activity.Activity;
import civil.eldercare.activity.ActivityFigures;
import civil.eldercare.activity.ActivityKind;
import civil.eldercare.volunteer.AssignedVolunteer;
import civil.eldercare.volunteer.CommunityAdjacency;
import civil.eldercare.volunteer.Matching;
import civil.eldercare.volunteer.MatchingRun;
import civil.eldercare.volunteer.Need;
import civil.eldercare.volunteer.ServiceDomain;
import civil.eldercare.volunteer.Slot;
import civil.eldercare.volunteer.Unfilled;
import civil.eldercare.volunteer.Volunteer;
import civil.eldercare.volunteer.VolunteerMatcher;
import civil.eldercare.volunteer.VolunteerService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Volunteer service: the binding one-off matching, the registers of volunteers and needs, the
 * community adjacency, matching runs over the stored records, and "three smalls" activities.
 * Sets (skills, domains, slots) are answered in their declared order.
 */
public final class VolunteerRoutes {
  private VolunteerRoutes() {}

  /** Most records one request may carry. */
  static final int MAX_RECORDS = 20_000;

  record VolunteerRequest(String id, String community, Set<ServiceDomain> skills, Set<Slot> slots,
      Integer capacity) {
    Volunteer value(String at) {
      AreaCode c = Fields.area(at + "community", community, AreaCode.Level.COMMUNITY);
      return Inputs.parse(at.isEmpty() ? "" : at.substring(0, at.length() - 1),
          () -> Volunteer.of(id, c, skills, slots, capacity));
    }
  }

  record NeedRequest(String elderId, String community, Set<ServiceDomain> domains, Set<Slot> slots,
      Integer volunteersNeeded) {
    Need value(String at) {
      AreaCode c = Fields.area(at + "community", community, AreaCode.Level.COMMUNITY);
      return Inputs.parse(at.isEmpty() ? "" : at.substring(0, at.length() - 1),
          () -> Need.of(elderId, c, domains, slots, volunteersNeeded));
    }
  }

  record MatchingRequest(List<VolunteerRequest> volunteers, List<NeedRequest> needs,
      List<List<String>> adjacency) {}

  record ReasonsView(int steps, List<ServiceDomain> sharedDomains, List<ServiceDomain> missingDomains,
      List<Slot> sharedSlots) {}

  record AssignedView(String id, int cost, ReasonsView reasons) {
    static AssignedView of(AssignedVolunteer v) {
      return new AssignedView(v.id(), v.cost(), new ReasonsView(v.reasons().steps(), sorted(v.reasons().sharedDomains()),
          sorted(v.reasons().missingDomains()), sorted(v.reasons().sharedSlots())));
    }
  }

  record AssignmentView(String elderId, List<AssignedView> volunteers) {}

  record UnfilledView(String elderId, int places, Unfilled.Reason reason, int candidates) {}

  record MatchingView(long filledPlaces, long totalCost, List<AssignmentView> assignments,
      List<UnfilledView> unfilled) {
    static MatchingView of(Matching m) {
      return new MatchingView(m.filledPlaces(), m.totalCost(),
          m.assignments().stream().map(a -> new AssignmentView(a.elderId(),
              a.volunteers().stream().map(AssignedView::of).toList())).toList(),
          m.unfilled().stream().map(u -> new UnfilledView(u.elderId(), u.places(), u.reason(), u.candidates())).toList());
    }
  }

  record VolunteerView(String id, String community, List<ServiceDomain> skills, List<Slot> slots, int capacity) {
    static VolunteerView of(Volunteer v) {
      return new VolunteerView(v.id(), v.community().value(), sorted(v.skills()), sorted(v.slots()), v.capacity());
    }
  }

  record VolunteerList(List<VolunteerView> volunteers) {}

  record NeedView(String elderId, String community, List<ServiceDomain> domains, List<Slot> slots,
      int volunteersNeeded, String form) {
    static NeedView of(Need n) {
      return new NeedView(n.elderId(), n.community().value(), sorted(n.domains()), sorted(n.slots()),
          n.volunteersNeeded(), n.form().name());
    }
  }

  record NeedList(List<NeedView> needs) {}

  record AdjacencyRequest(List<List<String>> adjacency) {}

  record AdjacencyView(List<List<String>> adjacency) {
    static AdjacencyView of(CommunityAdjacency a) {
      return new AdjacencyView(a.pairs().stream().map(p -> p.stream().map(AreaCode::value).toList()).toList());
    }
  }

  record RunRequest(LocalDate runOn) {}

  record RunView(String runId, LocalDate runOn, long filledPlaces, long totalCost, List<AssignmentView> assignments,
      List<UnfilledView> unfilled, Map<String, String> forms) {
    static RunView of(MatchingRun r) {
      MatchingView m = MatchingView.of(r.matching());
      Map<String, String> forms = new TreeMap<>();
      r.forms().forEach((k, v) -> forms.put(k, v.name()));
      return new RunView(r.runId(), r.runOn(), m.filledPlaces(), m.totalCost(), m.assignments(), m.unfilled(), forms);
    }
  }

  record RunList(List<RunView> runs) {}

  record ActivityRequest(ActivityKind kind, ServiceDomain topic, String title, LocalDate date, String community,
      List<String> leaders, List<String> attendees) {}

  record ActivityView(String activityId, ActivityKind kind, ServiceDomain topic, String title, LocalDate date,
      String community, List<String> leaders, List<String> attendees) {
    static ActivityView of(Activity a) {
      return new ActivityView(a.activityId(), a.kind(), a.topic(), a.title(), a.date(), a.community().value(), a.leaders(),
          a.attendees());
    }
  }

  record FiguresView(Map<ActivityKind, Integer> sessionsByKind, int sessions, int personTimes,
      int distinctElders) {
    static FiguresView of(ActivityFigures f) {
      return new FiguresView(new EnumMap<>(f.sessionsByKind()), f.sessions(), f.personTimes(),
          f.distinctElders());
    }
  }

  record ActivityList(LocalDate from, LocalDate to, List<ActivityView> activities, FiguresView figures) {}

  static <E extends Enum<E>> List<E> sorted(Set<E> values) {
    return values.stream().sorted().toList();
  }

  static CommunityAdjacency adjacency(List<List<String>> pairs) {
    if (pairs.size() > MAX_RECORDS * 4) {
      throw new InvalidInputException("TOO_MANY", "adjacency", "at most " + MAX_RECORDS * 4 + " pairs");
    }
    List<List<AreaCode>> codes = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      List<String> p = pairs.get(i);
      if (p.size() != 2) {
        throw new InvalidInputException("INVALID_ADJACENCY", "adjacency[" + i + "]", "a pair names two communities");
      }
      codes.add(List.of(Fields.area("adjacency[" + i + "][0]", p.get(0), AreaCode.Level.COMMUNITY),
          Fields.area("adjacency[" + i + "][1]", p.get(1), AreaCode.Level.COMMUNITY)));
    }
    return CommunityAdjacency.of(codes);
  }

  static void register(RouteTable routes, Services s) {
    VolunteerService service = s.volunteers();
    routes.post("/api/v1/volunteer-matchings", "Match the given volunteers and needs optimally (stores nothing)",
        roles(Role.CASEWORKER, Role.AUDITOR), MatchingRequest.class, MatchingView.class, 200, call -> {
          MatchingRequest r = call.body(MatchingRequest.class);
          if (r.volunteers().size() > MAX_RECORDS || r.needs().size() > MAX_RECORDS) {
            throw new InvalidInputException("TOO_MANY", r.volunteers().size() > MAX_RECORDS ? "volunteers" : "needs",
                "at most " + MAX_RECORDS + " records per request; store larger registers and run the stored matching");
          }
          List<Volunteer> volunteers = new ArrayList<>();
          for (int i = 0; i < r.volunteers().size(); i++) {
            volunteers.add(r.volunteers().get(i).value("volunteers[" + i + "]."));
          }
          List<Need> needs = new ArrayList<>();
          for (int i = 0; i < r.needs().size(); i++) {
            needs.add(r.needs().get(i).value("needs[" + i + "]."));
          }
          return MatchingView.of(VolunteerMatcher.match(volunteers, needs, adjacency(r.adjacency())));
        }).runsLong();
    routes.post("/api/v1/volunteers", "Register a volunteer", roles(Role.CASEWORKER), VolunteerRequest.class,
        VolunteerView.class, 201, call -> VolunteerView.of(service.register(call.body(VolunteerRequest.class).value(""))));
    routes.get("/api/v1/volunteers", "Every registered volunteer", roles(Role.CASEWORKER, Role.AUDITOR),
        VolunteerList.class, call -> new VolunteerList(service.volunteers().stream().map(VolunteerView::of).toList()));
    routes.post("/api/v1/volunteer-needs", "Register an elder's need", roles(Role.CASEWORKER), NeedRequest.class,
        NeedView.class, 201, call -> NeedView.of(service.register(call.body(NeedRequest.class).value(""))));
    routes.get("/api/v1/volunteer-needs", "Every registered need", roles(Role.CASEWORKER, Role.AUDITOR), NeedList.class,
        call -> new NeedList(service.needs().stream().map(NeedView::of).toList()));
    routes.put("/api/v1/community-adjacency", "Replace the community adjacency", roles(Role.CASEWORKER),
        AdjacencyRequest.class, AdjacencyView.class, call -> {
          CommunityAdjacency a = adjacency(call.body(AdjacencyRequest.class).adjacency());
          service.setAdjacency(a);
          return AdjacencyView.of(a);
        });
    routes.get("/api/v1/community-adjacency", "The community adjacency", roles(Role.CASEWORKER, Role.AUDITOR),
        AdjacencyView.class, call -> AdjacencyView.of(service.adjacency()));
    routes.post("/api/v1/volunteer-matching-runs", "Match the stored needs with the stored volunteers and keep the run",
        roles(Role.CASEWORKER), RunRequest.class, RunView.class, 201,
        call -> RunView.of(service.run(call.body(RunRequest.class).runOn())));
    routes.get("/api/v1/volunteer-matching-runs", "Matching runs dated from and to (?from=&to=)",
        roles(Role.CASEWORKER, Role.AUDITOR), RunList.class, call -> {
          DateRange range = call.queryRange();
          LocalDate from = range.from();
          LocalDate to = range.to().orElseThrow();
          return new RunList(service.runsBetween(from, to).stream().map(RunView::of).toList());
        }).runsLong();

    Activities activities = s.activities();
    routes.post("/api/v1/activities", "Record a three-smalls session (contest, performance, lecture)",
        roles(Role.CASEWORKER), ActivityRequest.class, ActivityView.class, 201, call -> {
          ActivityRequest r = call.body(ActivityRequest.class);
          AreaCode community = Fields.area("community", r.community(), AreaCode.Level.COMMUNITY);
          return ActivityView.of(activities.record(r.kind(), r.topic(), r.title(), r.date(), community, r.leaders(),
              r.attendees()));
        });
    routes.get("/api/v1/activities", "Sessions dated from and to, with their figures (?from=&to=)",
        roles(Role.CASEWORKER, Role.AUDITOR), ActivityList.class, call -> {
          DateRange range = call.queryRange();
          LocalDate from = range.from();
          LocalDate to = range.to().orElseThrow();
          List<Activity> sessions = activities.between(from, to);
          return new ActivityList(from, to, sessions.stream().map(ActivityView::of).toList(),
              FiguresView.of(Activities.figuresOf(sessions)));
        });
  }
}
