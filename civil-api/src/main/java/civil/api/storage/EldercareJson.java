package civil.api.storage;

import civil.core.identity.AreaCode;
import civil.core.identity.ResidentId;
import civil.core.money.Fraction;
import civil.core.money.Money;
import civil.core.money.Ratio;
import civil.core.period.HalfYear;
import civil.eldercare.activity.Activity;
import civil.eldercare.activity.ActivityKind;
import civil.eldercare.assessment.Assessment;
import civil.eldercare.assessment.AssessmentResult;
import civil.eldercare.assessment.AssessmentSheet;
import civil.eldercare.assessment.Finding;
import civil.eldercare.assessment.Grade;
import civil.eldercare.assessment.ItemFindings;
import civil.eldercare.assessment.ItemScore;
import civil.eldercare.assessment.Points;
import civil.eldercare.assessment.Rectification;
import civil.eldercare.assessment.Reinspection;
import civil.eldercare.award.Award;
import civil.eldercare.award.AwardLine;
import civil.eldercare.daycare.DayCareCentre;
import civil.eldercare.daycare.DayCareEnrolment;
import civil.eldercare.homecare.CareService;
import civil.eldercare.homecare.CareWorker;
import civil.eldercare.homecare.HomeCareClient;
import civil.eldercare.homecare.Visit;
import civil.eldercare.volunteer.AssignedVolunteer;
import civil.eldercare.volunteer.Assignment;
import civil.eldercare.volunteer.CommunityAdjacency;
import civil.eldercare.volunteer.Matching;
import civil.eldercare.volunteer.MatchingRun;
import civil.eldercare.volunteer.Need;
import civil.eldercare.volunteer.PairReasons;
import civil.eldercare.volunteer.ServiceDomain;
import civil.eldercare.volunteer.ServiceForm;
import civil.eldercare.volunteer.Slot;
import civil.eldercare.volunteer.Unfilled;
import civil.eldercare.volunteer.Volunteer;
import java.math.BigInteger;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How elderly-care records are kept as JSON in the database: one record type per stored shape,
 * each with a {@code from} for the domain value and a {@code value} back. Points are kept in half
 * points, exact fractions as numerator and denominator, ratios in basis points.
 */
final class EldercareJson {
  private EldercareJson() {}

  record Frac(BigInteger n, BigInteger d) {
    static Frac from(Fraction f) {
      return new Frac(f.numerator(), f.denominator());
    }

    Fraction value() {
      return Fraction.of(n, d);
    }
  }

  record Find(long deductionHalves, String note) {
    static List<Find> from(List<Finding> findings) {
      return findings.stream().map(f -> new Find(f.deduction().halves(), f.note())).toList();
    }

    static List<Finding> value(List<Find> findings) {
      return findings.stream().map(f -> new Finding(Points.ofHalves(f.deductionHalves()), f.note())).toList();
    }
  }

  record SheetItem(String itemCode, List<Find> findings) {}

  record Score(String itemCode, long maxHalves, long deductionHalves, long scoreHalves, boolean toRectify) {}

  record Assess(String assessmentId, String homeId, String period, LocalDate assessedOnGiven, List<SheetItem> items,
      List<String> vetoes, String catalogVersion, List<Score> scores, long totalHalves, Grade grade) {
    static Assess from(Assessment a) {
      AssessmentSheet s = a.sheet();
      AssessmentResult r = a.result();
      return new Assess(a.assessmentId(), a.homeId(), a.period().toString(), s.assessedOn().orElse(null),
          s.items().stream().map(i -> new SheetItem(i.itemCode(), Find.from(i.findings()))).toList(), s.vetoes(),
          r.catalogVersion(),
          r.items().stream().map(i -> new Score(i.itemCode(), i.maxPoints().halves(), i.deductions().halves(),
              i.score().halves(), i.toRectify())).toList(), r.total().halves(), r.grade());
    }

    Assessment value() {
      AssessmentSheet sheet = new AssessmentSheet(HalfYear.parse(period), Optional.ofNullable(assessedOnGiven),
          items.stream().map(i -> new ItemFindings(i.itemCode(), Find.value(i.findings()))).toList(), vetoes);
      AssessmentResult result = new AssessmentResult(catalogVersion,
          scores.stream().map(i -> new ItemScore(i.itemCode(), Points.ofHalves(i.maxHalves()),
              Points.ofHalves(i.deductionHalves()), Points.ofHalves(i.scoreHalves()), i.toRectify())).toList(),
          Points.ofHalves(totalHalves), vetoes, grade);
      return Assessment.of(assessmentId, homeId, sheet, result);
    }
  }

  record Reinspect(LocalDate inspectedOn, List<Find> findings, long scoreHalves) {}

  record Rectify(String rectificationId, String homeId, String assessmentId, String itemCode, long maxHalves,
      long scoreHalves, LocalDate assessedOn, LocalDate dueOn, Rectification.Status status,
      List<Reinspect> reinspections, LocalDate closedOn) {
    static Rectify from(Rectification r) {
      return new Rectify(r.rectificationId(), r.homeId(), r.assessmentId(), r.itemCode(), r.maxPoints().halves(),
          r.scoreAtAssessment().halves(), r.assessedOn(), r.dueOn(), r.status(),
          r.reinspections().stream().map(i -> new Reinspect(i.inspectedOn(), Find.from(i.findings()),
              i.score().halves())).toList(), r.closedOn().orElse(null));
    }

    Rectification value() {
      return Rectification.of(rectificationId, homeId, assessmentId, itemCode, Points.ofHalves(maxHalves),
          Points.ofHalves(scoreHalves), assessedOn, dueOn, status,
          reinspections.stream().map(i -> new Reinspection(i.inspectedOn(), Find.value(i.findings()),
              Points.ofHalves(i.scoreHalves()))).toList(), Optional.ofNullable(closedOn));
    }
  }

  record Line(String homeId, Grade grade, Frac averageOccupiedBeds, long coefficientBp, Frac weight, long amountFen,
      boolean capped) {}

  record Prize(String period, long budgetFen, Long capPerHomeFen, LocalDate paidOn, List<Line> lines, long unspentFen) {
    static Prize from(Award a) {
      return new Prize(a.period().toString(), a.budget().fen(), a.capPerHome().map(Money::fen).orElse(null), a.paidOn(),
          a.lines().stream().map(l -> new Line(l.homeId(), l.grade(), Frac.from(l.averageOccupiedBeds()),
              l.coefficient().basisPoints(), Frac.from(l.weight()), l.amount().fen(), l.capped())).toList(),
          a.unspent().fen());
    }

    Award value() {
      return Award.of(HalfYear.parse(period), Money.ofFen(budgetFen), Optional.ofNullable(capPerHomeFen).map(Money::ofFen),
          paidOn, lines.stream().map(l -> new AwardLine(l.homeId(), l.grade(), l.averageOccupiedBeds().value(),
              Ratio.ofBasisPoints(l.coefficientBp()), l.weight().value(), Money.ofFen(l.amountFen()), l.capped())).toList(),
          Money.ofFen(unspentFen));
    }
  }

  record Client(String clientId, String residentId, String subdistrict, boolean threeNos, LocalDate enrolledOn,
      LocalDate endedOn, String workerId) {
    static Client from(HomeCareClient c) {
      return new Client(c.clientId(), c.residentId().value(), c.subdistrict().value(), c.threeNos(), c.enrolledOn(),
          c.endedOn().orElse(null), c.workerId().orElse(null));
    }

    HomeCareClient value() {
      HomeCareClient c = HomeCareClient.of(clientId, ResidentId.parse(residentId), AreaCode.parse(subdistrict), threeNos,
          enrolledOn);
      if (workerId != null) {
        c = c.assignedTo(workerId);
      }
      return endedOn == null ? c : c.endedOn(endedOn);
    }
  }

  record Worker(String workerId, String name, String subdistrict, LocalDate trainedOn) {
    static Worker from(CareWorker w) {
      return new Worker(w.workerId(), w.name(), w.subdistrict().value(), w.trainedOn());
    }

    CareWorker value() {
      return CareWorker.of(workerId, name, AreaCode.parse(subdistrict), trainedOn);
    }
  }

  record Call(String visitId, String workerId, String clientId, LocalDate date, CareService service, int halfHours) {
    static Call from(Visit v) {
      return new Call(v.visitId(), v.workerId(), v.clientId(), v.date(), v.service(), v.halfHours());
    }

    Visit value() {
      return Visit.of(visitId, workerId, clientId, date, service, halfHours);
    }
  }

  record Centre(String centreId, String name, String subdistrict, int capacity, LocalDate openedOn,
      Set<DayOfWeek> openDays) {
    static Centre from(DayCareCentre c) {
      return new Centre(c.centreId(), c.name(), c.subdistrict().value(), c.capacity(), c.openedOn(), c.openDays());
    }

    DayCareCentre value() {
      return DayCareCentre.of(centreId, name, AreaCode.parse(subdistrict), capacity, openedOn, openDays);
    }
  }

  record Enrol(String enrolmentId, String centreId, String residentId, LocalDate enrolledOn) {
    static Enrol from(DayCareEnrolment e) {
      return new Enrol(e.enrolmentId(), e.centreId(), e.residentId().value(), e.enrolledOn());
    }

    DayCareEnrolment value() {
      return DayCareEnrolment.of(enrolmentId, centreId, ResidentId.parse(residentId), enrolledOn);
    }
  }

  record Helper(String id, String community, Set<ServiceDomain> skills, Set<Slot> slots, int capacity) {
    static Helper from(Volunteer v) {
      return new Helper(v.id(), v.community().value(), v.skills(), v.slots(), v.capacity());
    }

    Volunteer value() {
      return Volunteer.of(id, AreaCode.parse(community), skills, slots, capacity);
    }
  }

  record Want(String elderId, String community, Set<ServiceDomain> domains, Set<Slot> slots, int volunteersNeeded) {
    static Want from(Need n) {
      return new Want(n.elderId(), n.community().value(), n.domains(), n.slots(), n.volunteersNeeded());
    }

    Need value() {
      return Need.of(elderId, AreaCode.parse(community), domains, slots, volunteersNeeded);
    }
  }

  record Adjacency(List<List<String>> pairs) {
    static Adjacency from(CommunityAdjacency a) {
      return new Adjacency(a.pairs().stream().map(p -> p.stream().map(AreaCode::value).toList()).toList());
    }

    CommunityAdjacency value() {
      return CommunityAdjacency.of(pairs.stream().map(p -> p.stream().map(AreaCode::parse).toList()).toList());
    }
  }

  record Pair(String id, int steps, Set<ServiceDomain> sharedDomains, Set<ServiceDomain> missingDomains,
      Set<Slot> sharedSlots, int cost) {}

  record Assigned(String elderId, List<Pair> volunteers) {}

  record Run(String runId, LocalDate runOn, long filledPlaces, long totalCost, List<Assigned> assignments,
      List<Unfilled> unfilled, Map<String, ServiceForm> forms) {
    static Run from(MatchingRun r) {
      Matching m = r.matching();
      return new Run(r.runId(), r.runOn(), m.filledPlaces(), m.totalCost(),
          m.assignments().stream().map(a -> new Assigned(a.elderId(), a.volunteers().stream()
              .map(v -> new Pair(v.id(), v.reasons().steps(), v.reasons().sharedDomains(), v.reasons().missingDomains(),
                  v.reasons().sharedSlots(), v.cost())).toList())).toList(), m.unfilled(), r.forms());
    }

    MatchingRun value() {
      return new MatchingRun(runId, runOn, new Matching(filledPlaces, totalCost,
          assignments.stream().map(a -> new Assignment(a.elderId(), a.volunteers().stream()
              .map(p -> new AssignedVolunteer(p.id(), p.cost(), new PairReasons(p.steps(), p.sharedDomains(),
                  p.missingDomains(), p.sharedSlots(), p.cost()))).toList())).toList(), unfilled), forms);
    }
  }

  record Session(String activityId, ActivityKind kind, ServiceDomain topic, String title, LocalDate date,
      String community, List<String> leaders, List<String> attendees) {
    static Session from(Activity a) {
      return new Session(a.activityId(), a.kind(), a.topic(), a.title(), a.date(), a.community().value(), a.leaders(),
          a.attendees());
    }

    Activity value() {
      return Activity.of(activityId, kind, topic, title, date, AreaCode.parse(community), leaders, attendees);
    }
  }
}
