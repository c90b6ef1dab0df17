package civil.eldercare.policy;

import civil.core.money.Ratio;
import civil.core.policy.PolicyDocument;
import civil.core.policy.PolicyDocuments;
import civil.core.policy.PolicyProblems;
import civil.core.policy.PolicyRegistry;
import civil.eldercare.assessment.Grade;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One version of the district's elderly-care policy. The default, in force from 2026-01-01,
 * ships as {@code eldercare-policy-2026.json}: home care for residents aged 80 or more, or
 * three-nos elders aged 60 or more, with 30 funded hours a month for three-nos elders and 10
 * for the others; at most 8 clients per care worker; grades from 90 ({@code EXCELLENT}), 80
 * ({@code GOOD}) and 60 ({@code PASS}); rectification for items scoring below 60% of their
 * maximum, due 30 days after the assessment; award coefficients 1.5 / 1.2 / 1.0.
 */
@Value.Immutable
@Value.Enclosing
@JsonDeserialize(as = ImmutableEldercarePolicy.class)
public abstract class EldercarePolicy implements PolicyDocument {
  public static final String DOCUMENT = "eldercare";

  @Override
  public abstract String version();

  @Override
  public abstract LocalDate effectiveFrom();

  @Override
  public abstract Optional<LocalDate> effectiveTo();

  public abstract HomeCare homeCare();

  public abstract Assessment assessment();

  public abstract Award award();

  /** The grades that have a band and an award coefficient. */
  private static final List<Grade> AWARDED = List.of(Grade.EXCELLENT, Grade.GOOD, Grade.PASS);

  /**
   * Every rule of the document, checked at once so that loading names every problem: ages
   * positive, hours 0 to 744 a month, a caseload of at least 1, one grade band and one award
   * coefficient each for EXCELLENT, GOOD and PASS with EXCELLENT > GOOD > PASS, rectification
   * days not negative and its share at most 100%.
   */
  @Value.Check
  void check() {
    PolicyProblems all = PolicyProblems.create();
    PolicyProblems h = all.under("homeCare");
    h.check(homeCare().agedFrom().map(a -> a > 0).orElse(true), "agedFrom", "must be positive");
    h.check(homeCare().threeNosFrom() > 0, "threeNosFrom", "must be positive");
    h.check(homeCare().fundedHoursThreeNos() >= 0 && homeCare().fundedHoursThreeNos() <= 744, "fundedHoursThreeNos",
        "hours are 0 to 744 a month");
    h.check(homeCare().fundedHoursAged() >= 0 && homeCare().fundedHoursAged() <= 744, "fundedHoursAged",
        "hours are 0 to 744 a month");
    h.check(homeCare().workerCaseload() >= 1, "workerCaseload", "must be at least 1");
    PolicyProblems a = all.under("assessment");
    Map<Grade, Integer> bands = a.onePerConstant(assessment().gradeBands(), GradeBand::grade, GradeBand::minimumScore,
        Grade.class, AWARDED, "gradeBands");
    if (bands.size() == AWARDED.size()) {
      a.check(bands.get(Grade.EXCELLENT) > bands.get(Grade.GOOD) && bands.get(Grade.GOOD) > bands.get(Grade.PASS),
          "gradeBands", "minimum scores must fall from EXCELLENT to GOOD to PASS");
    }
    a.check(assessment().rectificationDays() >= 0, "rectificationDays", "must not be negative");
    a.atMostOne(assessment().rectificationBelow(), "rectificationBelow");
    all.under("award").onePerConstant(award().coefficients(), Coefficient::grade, Coefficient::coefficient, Grade.class,
        AWARDED, "coefficients");
    all.throwIfAny();
  }

  /** The version in force from 2026-01-01. */
  public static EldercarePolicy defaults() {
    return PolicyDocuments.readResource(EldercarePolicy.class, "eldercare-policy-2026.json", EldercarePolicy.class);
  }

  /**
   * The district's versions: 2025 (home care for three-nos elders only) and, from 2026-01-01, the
   * defaults of {@code eldercare.md} (home care extended to everyone aged 80 or more).
   */
  public static PolicyRegistry<EldercarePolicy> defaultRegistry() {
    return PolicyRegistry.of(DOCUMENT, List.of(
        PolicyDocuments.readResource(EldercarePolicy.class, "eldercare-policy-2025.json", EldercarePolicy.class),
        defaults()));
  }

  /** 居家养老. */
  @Value.Immutable
  @JsonDeserialize(as = ImmutableEldercarePolicy.HomeCare.class)
  public abstract static class HomeCare {
    /**
     * Residents from this age are eligible (80 from 2026); absent when age alone does not qualify
     * (the 2025 version covered three-nos elders only).
     */
    public abstract Optional<Integer> agedFrom();

    /** Three-nos elders from this age are eligible (60). */
    public abstract int threeNosFrom();

    public abstract int fundedHoursThreeNos();

    public abstract int fundedHoursAged();

    /** The most enrolled clients one care worker is assigned (8). */
    public abstract int workerCaseload();

  }

  /** 等级评定与整改. */
  @Value.Immutable
  @JsonDeserialize(as = ImmutableEldercarePolicy.Assessment.class)
  public abstract static class Assessment {
    public abstract List<GradeBand> gradeBands();

    /** An item scoring below this share of its maximum is to be rectified (60%). */
    public abstract Ratio rectificationBelow();

    /** Days after the assessment a rectification is due (30). */
    public abstract int rectificationDays();

    @Value.Derived
    Map<Grade, Integer> minimumScores() {
      return PolicyProblems.create().onePerConstant(gradeBands(), GradeBand::grade, GradeBand::minimumScore,
          Grade.class, AWARDED, "");
    }

    /** The least whole score of a grade ({@code FAIL} has none). */
    public int minimumScore(Grade grade) {
      return minimumScores().get(grade);
    }

  }

  /** The least whole score that earns one grade. */
  @Value.Immutable
  @JsonDeserialize(as = ImmutableEldercarePolicy.GradeBand.class)
  public abstract static class GradeBand {
    public abstract Grade grade();

    public abstract int minimumScore();
  }

  /** 以奖代补. */
  @Value.Immutable
  @JsonDeserialize(as = ImmutableEldercarePolicy.Award.class)
  public abstract static class Award {
    public abstract List<Coefficient> coefficients();

    @Value.Derived
    Map<Grade, Ratio> coefficientsByGrade() {
      return PolicyProblems.create().onePerConstant(coefficients(), Coefficient::grade, Coefficient::coefficient,
          Grade.class, AWARDED, "");
    }

    /** The coefficient of a grade that earns an award. */
    public Ratio coefficient(Grade grade) {
      return coefficientsByGrade().get(grade);
    }
  }

  /** The award coefficient of one grade. */
  @Value.Immutable
  @JsonDeserialize(as = ImmutableEldercarePolicy.Coefficient.class)
  public abstract static class Coefficient {
    public abstract Grade grade();

    public abstract Ratio coefficient();
  }
}
