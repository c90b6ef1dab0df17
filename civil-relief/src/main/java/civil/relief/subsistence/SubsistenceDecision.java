package civil.relief.subsistence;

import civil.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * The outcome of a subsistence assessment (低保审核结果): whether the household is eligible, every
 * test with its figures, the difference payment, the increments per member, and the monthly
 * allowance after the floor. An ineligible household's allowance is zero and it has no
 * increments.
 */
@Value.Immutable
public abstract class SubsistenceDecision {
  public abstract LocalDate assessedOn();

  public abstract boolean eligible();

  /** The monthly standard {@code S} per person that applied. */
  public abstract Money standard();

  public abstract List<EligibilityTest> tests();

  /** {@code round_yuan(S × n − I)} for an eligible household, zero otherwise. */
  public abstract Money base();

  public abstract List<Increment> increments();

  /** {@code ¥30 × n}: the least an eligible household receives. */
  public abstract Money floor();

  /** {@code max(base + Σ increments, floor)} when eligible; zero otherwise. */
  public abstract Money monthlyAllowance();

  /** The version of the relief policy applied. */
  public abstract String policyVersion();

  /** A decision as stored. */
  public static SubsistenceDecision of(LocalDate assessedOn, boolean eligible, Money standard, List<EligibilityTest> tests,
      Money base, List<Increment> increments, Money floor, Money monthlyAllowance, String policyVersion) {
    return ImmutableSubsistenceDecision.builder().assessedOn(assessedOn).eligible(eligible).standard(standard)
        .tests(tests).base(base).increments(increments).floor(floor).monthlyAllowance(monthlyAllowance)
        .policyVersion(policyVersion).build();
  }
}
