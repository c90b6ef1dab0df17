package civil.relief.temporary;

import civil.core.money.Money;
import civil.relief.household.AreaType;
import civil.relief.policy.ReliefPolicy;
import org.immutables.value.Value;

/**
 * How a temporary-relief grant was worked out:
 * {@code grant = min(months × S × n, 6 × S, 12 × S − granted earlier in the calendar year)},
 * with the household's own standard {@code S} and size {@code n}. Names the cap that decided
 * it and what is left of the household's yearly cap afterwards.
 */
@Value.Immutable
public abstract class TemporaryReliefDecision {
  public abstract Money standard();

  public abstract int members();

  public abstract int months();

  public abstract Money requested();

  public abstract Money perCaseCap();

  public abstract Money yearlyCap();

  public abstract Money grantedEarlierThisYear();

  public abstract Money yearlyLeftBefore();

  public abstract Money grant();

  public abstract GrantLimit limit();

  /** What is left of the yearly cap after this grant. */
  public Money yearlyLeftAfter() {
    return yearlyLeftBefore().minus(grant());
  }

  /** A decision as stored. */
  public static TemporaryReliefDecision of(Money standard, int members, int months, Money requested, Money perCaseCap,
      Money yearlyCap, Money grantedEarlier, Money yearlyLeftBefore, Money grant, GrantLimit limit) {
    return ImmutableTemporaryReliefDecision.builder()
        .standard(standard).members(members).months(months).requested(requested).perCaseCap(perCaseCap)
        .yearlyCap(yearlyCap).grantedEarlierThisYear(grantedEarlier).yearlyLeftBefore(yearlyLeftBefore).grant(grant)
        .limit(limit).build();
  }

  /** Works out a grant; a zero grant means the yearly cap is used up. */
  public static TemporaryReliefDecision decide(AreaType areaType, int members, int months, Money grantedEarlier,
      ReliefPolicy policy) {
    Money s = policy.standard(areaType);
    ReliefPolicy.TemporaryRelief rules = policy.temporaryRelief();
    Money requested = s.times(months).times(members);
    Money perCase = s.times(rules.perCaseStandardMonths());
    Money yearly = s.times(rules.yearlyStandardMonths());
    Money left = yearly.minus(grantedEarlier).max(Money.zero());
    Money grant = requested.min(perCase).min(left);
    GrantLimit limit = grant.equals(requested) ? GrantLimit.REQUESTED
        : grant.equals(perCase) ? GrantLimit.PER_CASE_CAP : GrantLimit.YEARLY_CAP;
    return of(s, members, months, requested, perCase, yearly, grantedEarlier, left, grant, limit);
  }
}
