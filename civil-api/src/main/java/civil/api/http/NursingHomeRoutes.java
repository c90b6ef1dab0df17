package civil.api.http;

import static civil.api.http.RouteTable.roles;

import civil.api.Services;
import civil.api.json.Required;
import civil.core.error.Inputs;
import civil.core.error.InvalidInputException;
import civil.core.identity.AreaCode;
import civil.core.money.Fraction;
import civil.core.money.Money;
import civil.core.period.HalfYear;
import civil.eldercare.assessment.Assessment;
import civil.eldercare.assessment.AssessmentCatalog;
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
import civil.eldercare.nursinghome.AssessmentRecord;
import civil.eldercare.nursinghome.NursingHome;
import civil.eldercare.nursinghome.NursingHomes;
import civil.eldercare.nursinghome.Occupancy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Institutional care: the assessment catalogue, homes, monthly occupancy, assessments against the
 * 26 items with their rectification tasks, re-inspections, and the half year's award in lieu of
 * subsidy. Points are JSON numbers (multiples of 0.5); a weight is shown to four decimals.
 */
public final class NursingHomeRoutes {
  private NursingHomeRoutes() {}

  record CatalogItemView(String code, String name, String nameZh, BigDecimal maxPoints) {}

  record CategoryView(String code, String name, String nameZh, BigDecimal maxPoints, List<CatalogItemView> items) {}

  record VetoView(String code, String name, String nameZh) {}

  record CatalogView(String version, LocalDate effectiveFrom, BigDecimal maxPoints, List<CategoryView> categories,
      List<VetoView> vetoes) {
    static CatalogView of(AssessmentCatalog c) {
      return new CatalogView(c.version(), c.effectiveFrom(), c.maxPoints().toBigDecimal(),
          c.categories().stream().map(k -> new CategoryView(k.code(), k.name(), k.nameZh(), k.maxPoints().toBigDecimal(),
              k.items().stream().map(i -> new CatalogItemView(i.code(), i.name(), i.nameZh(), i.maxPoints().toBigDecimal()))
                  .toList())).toList(),
          c.vetoes().stream().map(v -> new VetoView(v.code(), v.name(), v.nameZh())).toList());
    }
  }

  /** A home to register; {@code openedOn} defaults to the day it is registered. */
  record HomeRequest(String name, String subdistrict, Integer totalBeds, Optional<LocalDate> openedOn) {}

  record OccupancyView(String homeId, String month, int occupiedBeds) {
    static OccupancyView of(Occupancy o) {
      return new OccupancyView(o.homeId(), o.month().toString(), o.occupiedBeds());
    }
  }

  record HomeView(String homeId, String name, String subdistrict, int totalBeds, LocalDate openedOn,
      List<OccupancyView> occupancy) {
    static HomeView of(NursingHome h, List<Occupancy> occupancy) {
      return new HomeView(h.homeId(), h.name(), h.subdistrict().value(), h.totalBeds(), h.openedOn(),
          occupancy.stream().map(OccupancyView::of).toList());
    }
  }

  record HomeList(List<HomeView> homes) {}

  record OccupancyRequest(Integer occupiedBeds) {}

  record FindingRequest(BigDecimal deduction, Optional<String> note) {}

  record ItemRequest(String itemCode, List<FindingRequest> findings) {}

  /** An assessment sheet; {@code vetoes} is required (an empty list for none), since a veto fails the grade. */
  record AssessmentRequest(String period, Optional<LocalDate> assessedOn, List<ItemRequest> items,
      List<String> vetoes) {}

  record FindingView(BigDecimal deduction, String note) {
    static List<FindingView> of(List<Finding> findings) {
      return findings.stream().map(f -> new FindingView(f.deduction().toBigDecimal(), f.note())).toList();
    }
  }

  record ItemScoreView(String itemCode, BigDecimal maxPoints, BigDecimal deductions, BigDecimal score,
      boolean toRectify) {}

  record ReinspectionView(LocalDate inspectedOn, List<FindingView> findings, BigDecimal score) {}

  record RectificationView(String rectificationId, String homeId, String assessmentId, String itemCode,
      BigDecimal maxPoints, BigDecimal scoreAtAssessment, LocalDate assessedOn, LocalDate dueOn,
      Rectification.Status status, List<ReinspectionView> reinspections, LocalDate closedOn) {
    static RectificationView of(Rectification r) {
      return new RectificationView(r.rectificationId(), r.homeId(), r.assessmentId(), r.itemCode(),
          r.maxPoints().toBigDecimal(), r.scoreAtAssessment().toBigDecimal(), r.assessedOn(), r.dueOn(), r.status(),
          r.reinspections().stream().map(NursingHomeRoutes::reinspection).toList(), r.closedOn().orElse(null));
    }
  }

  record RectificationList(List<RectificationView> rectifications) {}

  record AssessmentView(String assessmentId, String homeId, String period, LocalDate assessedOn,
      String catalogVersion, BigDecimal totalScore, Grade grade, List<String> vetoes, List<ItemScoreView> items,
      List<RectificationView> rectifications) {
    static AssessmentView of(Assessment a, List<Rectification> tasks) {
      return new AssessmentView(a.assessmentId(), a.homeId(), a.period().toString(), a.assessedOn(),
          a.result().catalogVersion(), a.result().total().toBigDecimal(), a.grade(), a.result().vetoes(),
          a.result().items().stream().map(NursingHomeRoutes::score).toList(),
          tasks.stream().map(RectificationView::of).toList());
    }
  }

  record AssessmentList(List<AssessmentView> assessments) {}

  record ReinspectionRequest(LocalDate inspectedOn, List<FindingRequest> findings) {}

  /** An award; {@code capPerHomeFen} must be given, {@code null} for no cap, since it changes the amounts. */
  record AwardRequest(String period, Long budgetFen, @Required Optional<Long> capPerHomeFen,
      Optional<LocalDate> paidOn, Optional<Boolean> preview) {}

  record AwardLineView(String homeId, Grade grade, BigDecimal averageOccupiedBeds, BigDecimal coefficient,
      BigDecimal weight, long amountFen, boolean capped) {
    static AwardLineView of(AwardLine l) {
      return new AwardLineView(l.homeId(), l.grade(), decimal(l.averageOccupiedBeds()),
          decimal(Fraction.of(l.coefficient().basisPoints(), 10_000)), decimal(l.weight()), l.amount().fen(), l.capped());
    }
  }

  record AwardView(String period, long budgetFen, Long capPerHomeFen, LocalDate paidOn, boolean stored,
      List<AwardLineView> awards, long awardedFen, long unspentFen) {
    static AwardView of(Award a, boolean stored) {
      return new AwardView(a.period().toString(), a.budget().fen(), a.capPerHome().map(Money::fen).orElse(null),
          a.paidOn(), stored, a.lines().stream().map(AwardLineView::of).toList(), a.awarded().fen(), a.unspent().fen());
    }
  }

  record AwardList(List<AwardView> awards) {}

  /** An exact fraction for display: four decimals, half up, trailing zeros dropped. */
  static BigDecimal decimal(Fraction f) {
    BigDecimal d = f.toDecimal(4).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  private static ItemScoreView score(ItemScore i) {
    return new ItemScoreView(i.itemCode(), i.maxPoints().toBigDecimal(), i.deductions().toBigDecimal(),
        i.score().toBigDecimal(), i.toRectify());
  }

  private static ReinspectionView reinspection(Reinspection r) {
    return new ReinspectionView(r.inspectedOn(), FindingView.of(r.findings()), r.score().toBigDecimal());
  }

  static List<Finding> findings(String field, List<FindingRequest> requests) {
    if (requests == null) {
      throw new InvalidInputException("MISSING_FIELD", field, "is required (an empty list when nothing was found)");
    }
    if (requests.size() > 1_000) {
      throw new InvalidInputException("TOO_MANY", field, "at most 1,000 findings");
    }
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      FindingRequest f = requests.get(i);
      String at = field + "[" + i + "]";
      if (f == null || f.deduction() == null) {
        throw new InvalidInputException("MISSING_FIELD", at + ".deduction", "is required");
      }
      Points deduction = Inputs.parse(at + ".deduction", () -> Points.of(f.deduction()));
      out.add(Inputs.parse(at, () -> new Finding(deduction, f.note().orElse(""))));
    }
    return out;
  }


  static void register(RouteTable routes, Services s) {
    NursingHomes homes = s.nursingHomes();
    routes.get("/api/v1/nursing-homes/assessment-catalog", "The assessment catalogue in force today (8 categories, 26 items)",
        roles(Role.CASEWORKER, Role.AUDITOR), CatalogView.class,
        call -> CatalogView.of(s.catalogs().inForceOn(LocalDate.now(s.clock()))));
    routes.post("/api/v1/nursing-homes", "Register a nursing home", roles(Role.CASEWORKER), HomeRequest.class,
        HomeView.class, 201, call -> {
          HomeRequest r = call.body(HomeRequest.class);
          AreaCode sub = Fields.area("subdistrict", r.subdistrict(), AreaCode.Level.SUBDISTRICT);
          return HomeView.of(homes.addHome(r.name(), sub, r.totalBeds(), r.openedOn().orElse(call.today())), List.of());
        });
    routes.get("/api/v1/nursing-homes", "Every nursing home with its monthly occupancy",
        roles(Role.CASEWORKER, Role.AUDITOR), HomeList.class,
        call -> new HomeList(homes.homes().stream().map(h -> HomeView.of(h, homes.occupancy(h.homeId()))).toList()));
    routes.put("/api/v1/nursing-homes/{homeId}/occupancy/{month}", "Record a month's occupied beds (yyyy-MM)",
        roles(Role.CASEWORKER), OccupancyRequest.class, OccupancyView.class, call -> {
          YearMonth month = Fields.month("month", call.path("month"));
          OccupancyRequest r = call.body(OccupancyRequest.class);
          return OccupancyView.of(homes.recordOccupancy(call.path("homeId"), month, r.occupiedBeds()));
        });
    routes.post("/api/v1/nursing-homes/{homeId}/assessments", "Score an assessment sheet of the 26 items",
        roles(Role.CASEWORKER), AssessmentRequest.class, AssessmentView.class, 201, call -> {
          String homeId = call.path("homeId");
          AssessmentRequest r = call.body(AssessmentRequest.class);
          HalfYear period = Fields.halfYear("period", r.period());
          if (r.items().size() > 1_000) {
            throw new InvalidInputException("TOO_MANY", "items", "a sheet has one entry per catalogue item");
          }
          List<ItemFindings> items = new ArrayList<>();
          for (int i = 0; i < r.items().size(); i++) {
            ItemRequest item = r.items().get(i);
            if (item == null || item.itemCode() == null) {
              throw new InvalidInputException("MISSING_FIELD", "items[" + i + "].itemCode", "is required");
            }
            items.add(new ItemFindings(item.itemCode(), findings("items[" + i + "].findings", item.findings())));
          }
          AssessmentSheet sheet = new AssessmentSheet(period, r.assessedOn(), items, r.vetoes());
          if (sheet.date().isAfter(call.today())) {
            // an assessment is an event: its day, given or the period's last by default, is not ahead of today
            throw new InvalidInputException("DATE_OUT_OF_RANGE", "assessedOn", "the assessment's day (" + sheet.date()
                + (r.assessedOn().isEmpty() ? ", the period's last day" : "") + ") must not be after today");
          }
          AssessmentRecord record = homes.assess(homeId, sheet);
          return AssessmentView.of(record.assessment(), record.rectifications());
        });
    routes.get("/api/v1/nursing-homes/{homeId}/assessments", "A home's assessments, as recorded",
        roles(Role.CASEWORKER, Role.AUDITOR), AssessmentList.class, call -> {
          String homeId = call.path("homeId");
          List<Rectification> tasks = homes.rectifications();
          return new AssessmentList(homes.assessments(homeId).stream().map(a -> AssessmentView.of(a,
              tasks.stream().filter(t -> t.assessmentId().equals(a.assessmentId())).toList())).toList());
        });
    routes.get("/api/v1/nursing-homes/rectifications", "Every rectification task (?status=OPEN|CLOSED)",
        roles(Role.CASEWORKER, Role.AUDITOR), RectificationList.class, call -> {
          Optional<Rectification.Status> status = call.optionalQuery("status").map(v -> {
            try {
              return Rectification.Status.valueOf(v);
            } catch (IllegalArgumentException e) {
              throw new InvalidInputException("INVALID_VALUE", "status", "one of OPEN, CLOSED, was '" + v + "'");
            }
          });
          return new RectificationList(homes.rectifications().stream()
              .filter(t -> status.map(x -> x == t.status()).orElse(true)).map(RectificationView::of).toList());
        });
    routes.post("/api/v1/nursing-homes/{homeId}/rectifications/{rectificationId}/reinspection",
        "Re-inspect a rectification item; it closes when the item reaches 60% of its maximum",
        roles(Role.CASEWORKER), ReinspectionRequest.class, RectificationView.class, 200, call -> {
          ReinspectionRequest r = call.body(ReinspectionRequest.class);
          return RectificationView.of(homes.reinspect(call.path("homeId"), call.path("rectificationId"), r.inspectedOn(),
              findings("findings", r.findings())));
        });
    routes.post("/api/v1/nursing-homes/awards", "Split a half year's award budget among the graded homes"
            + " (preview: computed, not stored, 200)", roles(Role.CASEWORKER), AwardRequest.class, AwardView.class, 201,
        call -> {
          AwardRequest r = call.body(AwardRequest.class);
          HalfYear period = Fields.halfYear("period", r.period());
          Money budget = Fields.fen("budgetFen", r.budgetFen());
          Optional<Money> cap = r.capPerHomeFen().map(c -> Fields.fen("capPerHomeFen", c));
          boolean preview = r.preview().orElse(false);
          LocalDate paidOn = r.paidOn().orElse(LocalDate.now(s.clock()));
          Award award = homes.award(period, budget, cap, paidOn, preview);
          if (preview) {
            call.status(200);
          }
          return AwardView.of(award, !preview);
        }).alsoAnswering(200);
    routes.get("/api/v1/nursing-homes/awards", "Every stored award", roles(Role.CASEWORKER, Role.AUDITOR),
        AwardList.class, call -> new AwardList(homes.awards().stream().map(a -> AwardView.of(a, true)).toList()));
    // after the fixed paths under /nursing-homes/, which match first
    routes.get("/api/v1/nursing-homes/{homeId}", "A nursing home with its monthly occupancy",
        roles(Role.CASEWORKER, Role.AUDITOR), HomeView.class, call -> {
          NursingHome h = homes.home(call.path("homeId"));
          return HomeView.of(h, homes.occupancy(h.homeId()));
        });
  }
}
