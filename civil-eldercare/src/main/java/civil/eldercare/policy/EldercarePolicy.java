package civil.eldercare.policy;

import civil.core.error.FieldProblem;
import civil.core.error.InvalidInputException;
import civil.core.money.Ratio;
import civil.core.policy.PolicyDocument;
import civil.core.policy.PolicyDocuments;
import civil.core.policy.PolicyRegistry;
import civil.eldercare.assessment.Grade;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
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

    @Value.Check
    void check() {
      List<FieldProblem> p = new ArrayList<>();
      if (agedFrom().map(a -> a <= 0).orElse(false) || threeNosFrom() <= 0) {
        p.add(new FieldProblem("agedFrom", "ages are positive"));
      }
      if (fundedHoursThreeNos() < 0 || fundedHoursAged() < 0 || fundedHoursThreeNos() > 744 || fundedHoursAged() > 744) {
        p.add(new FieldProblem("fundedHoursAged", "hours are 0 to 744 a month"));
      }
      if (workerCaseload() < 1) {
        p.add(new FieldProblem("workerCaseload", "at least 1"));
      }
      if (!p.isEmpty()) {
        throw new InvalidInputException("POLICY_DOCUMENT", p);
      }
    }
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
      Map<Grade, Integer> m = new EnumMap<>(Grade.class);
      for (GradeBand b : gradeBands()) {
        if (b.grade() == Grade.FAIL || m.put(b.grade(), b.minimumScore()) != null) {
          throw new InvalidInputException("POLICY_DOCUMENT", "gradeBands", "one band each for EXCELLENT, GOOD and PASS");
        }
      }
      if (m.size() != 3 || !(m.get(Grade.EXCELLENT) > m.get(Grade.GOOD) && m.get(Grade.GOOD) > m.get(Grade.PASS))) {
        throw new InvalidInputException("POLICY_DOCUMENT", "gradeBands", "EXCELLENT > GOOD > PASS, one band each");
      }
      return m;
    }

    /** The least whole score of a grade ({@code FAIL} has none). */
    public int minimumScore(Grade grade) {
      return minimumScores().get(grade);
    }

    @Value.Check
    void check() {
      if (rectificationDays() < 0 || rectificationBelow().isGreaterThan(Ratio.one())) {
        throw new InvalidInputException("POLICY_DOCUMENT", "rectificationDays", "days ≥ 0 and a share ≤ 100%");
      }
    }
  }

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
      Map<Grade, Ratio> m = new EnumMap<>(Grade.class);
      for (Coefficient c : coefficients()) {
        if (c.grade() == Grade.FAIL || m.put(c.grade(), c.coefficient()) != null) {
          throw new InvalidInputException("POLICY_DOCUMENT", "coefficients", "one coefficient each for EXCELLENT, GOOD and PASS");
        }
      }
      if (m.size() != 3) {
        throw new InvalidInputException("POLICY_DOCUMENT", "coefficients", "one coefficient each for EXCELLENT, GOOD and PASS");
      }
      return m;
    }

    /** The coefficient of a grade that earns an award. */
    public Ratio coefficient(Grade grade) {
      return coefficientsByGrade().get(grade);
    }
  }

  @Value.Immutable
  @JsonDeserialize(as = ImmutableEldercarePolicy.Coefficient.class)
  public abstract static class Coefficient {
    public abstract Grade grade();

    public abstract Ratio coefficient();
  }
}
