package civil.eldercare.nursinghome;

import static java.util.Objects.requireNonNull;

import civil.core.error.NotFoundException;
import civil.core.error.RefusedException;
import civil.core.identity.AreaCode;
import civil.core.money.Fraction;
import civil.core.money.Money;
import civil.core.period.HalfYear;
import civil.core.policy.PolicyRegistry;
import civil.eldercare.assessment.Assessment;
import civil.eldercare.assessment.AssessmentCatalog;
import civil.eldercare.assessment.AssessmentResult;
import civil.eldercare.assessment.AssessmentSheet;
import civil.eldercare.assessment.Finding;
import civil.eldercare.assessment.Grade;
import civil.eldercare.assessment.ItemScore;
import civil.eldercare.assessment.Rectification;
import civil.eldercare.award.Award;
import civil.eldercare.award.AwardCalculation;
import civil.eldercare.award.HomeStanding;
import civil.eldercare.policy.EldercarePolicy;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Institutional care (机构养老), an application service: homes and their occupancy, assessments
 * against the catalogue in force on the assessment date (opening a rectification task for every
 * item below 60% of its maximum), re-inspections, grades, and the period's award.
 */
public final class NursingHomes {
  private final PolicyRegistry<EldercarePolicy> policies;
  private final PolicyRegistry<AssessmentCatalog> catalogs;
  private final NursingHomeStore store;

  public NursingHomes(PolicyRegistry<EldercarePolicy> policies, PolicyRegistry<AssessmentCatalog> catalogs,
      NursingHomeStore store) {
    this.policies = requireNonNull(policies);
    this.catalogs = requireNonNull(catalogs);
    this.store = requireNonNull(store);
  }

  /** Registers a home that opened (or opens) on {@code openedOn}. */
  public NursingHome addHome(String name, AreaCode subdistrict, int totalBeds, LocalDate openedOn) {
    return store.addHome(id -> NursingHome.of(id, name, subdistrict, totalBeds, openedOn));
  }

  /**
   * @throws NotFoundException if there is no such home
   */
  public NursingHome home(String homeId) {
    return store.home(homeId).orElseThrow(() -> new NotFoundException("nursing home", homeId));
  }

  public List<NursingHome> homes() {
    return store.homes();
  }

  /**
   * Records a month's occupied beds.
   *
   * @throws RefusedException {@code OCCUPANCY_ABOVE_BEDS} if more beds are occupied than the home has
   */
  public Occupancy recordOccupancy(String homeId, YearMonth month, int occupiedBeds) {
    NursingHome home = home(homeId);
    Occupancy o = new Occupancy(homeId, month, occupiedBeds);
    if (occupiedBeds > home.totalBeds()) {
      throw new RefusedException("OCCUPANCY_ABOVE_BEDS",
          home.name() + " has " + home.totalBeds() + " beds; " + occupiedBeds + " cannot be occupied");
    }
    store.putOccupancy(o);
    return o;
  }

  public List<Occupancy> occupancy(String homeId) {
    home(homeId);
    return store.occupancy(homeId);
  }

  /** Occupied beds month by month over the period (0 for a month without a record). */
  public List<Integer> monthlyOccupiedBeds(String homeId, HalfYear period) {
    Map<YearMonth, Integer> byMonth = store.occupancy(homeId).stream()
        .collect(Collectors.toMap(Occupancy::month, Occupancy::occupiedBeds));
    return period.months().stream().map(m -> byMonth.getOrDefault(m, 0)).toList();
  }

  /** Average occupied beds over the period's months, exactly. */
  public Fraction averageOccupiedBeds(String homeId, HalfYear period) {
    List<Integer> monthly = monthlyOccupiedBeds(homeId, period);
    return Fraction.of(monthly.stream().mapToLong(Integer::longValue).sum(), monthly.size());
  }

  /**
   * Scores and stores an assessment, with a rectification task for every item below the policy's
   * share of its maximum, due the policy's number of days after the assessment.
   *
   * @throws civil.core.error.InvalidInputException if the sheet misses, repeats or invents an item
   */
  public AssessmentRecord assess(String homeId, AssessmentSheet sheet) {
    home(homeId);
    LocalDate on = sheet.date();
    EldercarePolicy policy = policies.inForceOn(on);
    AssessmentResult result = AssessmentResult.score(sheet, catalogs.inForceOn(on), policy);
    return store.addAssessment((Function<String, String> ids) -> {
      Assessment a = Assessment.of(ids.apply("AS"), homeId, sheet, result);
      List<Rectification> tasks = new ArrayList<>();
      for (ItemScore item : result.items()) {
        if (item.toRectify()) {
          tasks.add(Rectification.open(ids.apply("RT"), a, item, policy.assessment().rectificationDays()));
        }
      }
      return new AssessmentRecord(a, tasks);
    });
  }

  /**
   * Re-inspects one rectification item of a home.
   *
   * @throws NotFoundException if the home has no such rectification
   */
  public Rectification reinspect(String homeId, String rectificationId, LocalDate on, List<Finding> findings) {
    home(homeId);
    Rectification r = store.rectification(rectificationId).filter(x -> x.homeId().equals(homeId))
        .orElseThrow(() -> new NotFoundException("rectification", rectificationId));
    return store.replaceRectification(r.rectificationId(),
        current -> current.reinspect(on, findings, policies.inForceOn(on).assessment().rectificationBelow()));
  }

  public List<Rectification> rectifications() {
    return store.rectifications();
  }

  public List<Assessment> assessments(String homeId) {
    home(homeId);
    return store.assessments(homeId);
  }

  public List<Assessment> assessmentsBetween(LocalDate from, LocalDate to) {
    return store.assessmentsBetween(from, to);
  }

  /** The home's grade for the period: that of its latest assessment for it (by date, then as recorded). */
  public Optional<Grade> grade(String homeId, HalfYear period) {
    Assessment latest = null;
    for (Assessment a : store.assessments(homeId)) {
      if (a.period().equals(period) && (latest == null || !a.assessedOn().isBefore(latest.assessedOn()))) {
        latest = a;
      }
    }
    return Optional.ofNullable(latest).map(Assessment::grade);
  }

  /**
   * The award for a period: with {@code preview} it is only computed; otherwise it is stored, once
   * per period.
   *
   * @throws civil.core.error.ConflictException {@code AWARD_EXISTS} if the period's award is stored already
   */
  public Award award(HalfYear period, Money budget, Optional<Money> capPerHome, LocalDate paidOn, boolean preview) {
    List<HomeStanding> standings = new ArrayList<>();
    for (NursingHome h : store.homes()) {
      grade(h.homeId(), period).ifPresent(g ->
          standings.add(new HomeStanding(h.homeId(), g, monthlyOccupiedBeds(h.homeId(), period))));
    }
    Award award = AwardCalculation.calculate(period, budget, capPerHome, paidOn, standings,
        policies.inForceOn(period.lastDay()));
    return preview ? award : store.addAward(award);
  }

  public Optional<Award> storedAward(HalfYear period) {
    return store.award(period);
  }

  public List<Award> awards() {
    return store.awards();
  }
}
