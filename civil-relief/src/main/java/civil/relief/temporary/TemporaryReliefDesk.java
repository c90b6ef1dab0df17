package civil.relief.temporary;

import static java.util.Objects.requireNonNull;

import civil.core.error.InvalidInputException;
import civil.core.error.RefusedException;
import civil.core.money.Money;
import civil.core.policy.PolicyRegistry;
import civil.relief.household.HouseholdRegistry;
import civil.relief.household.RegisteredHousehold;
import civil.relief.policy.ReliefPolicy;
import java.time.LocalDate;
import java.util.List;

/**
 * The temporary-relief desk (临时救助), an application service: decides a grant for a registered
 * household against what it was granted earlier in the calendar year of the grant date, and
 * records it. When nothing is left of the yearly cap the request is refused
 * ({@code TEMPORARY_RELIEF_CAP_USED_UP}) and nothing is recorded.
 */
public final class TemporaryReliefDesk {
  private final PolicyRegistry<ReliefPolicy> policies;
  private final HouseholdRegistry households;
  private final TemporaryReliefStore store;

  public TemporaryReliefDesk(PolicyRegistry<ReliefPolicy> policies, HouseholdRegistry households,
      TemporaryReliefStore store) {
    this.policies = requireNonNull(policies);
    this.households = requireNonNull(households);
    this.store = requireNonNull(store);
  }

  /**
   * Decides and records a grant.
   *
   * @throws civil.core.error.NotFoundException if the household is not registered
   * @throws InvalidInputException if more months are asked than the policy allows
   * @throws RefusedException if the household's yearly cap is used up
   */
  public TemporaryReliefGrant grant(TemporaryReliefRequest request) {
    ReliefPolicy policy = policies.inForceOn(request.grantedOn());
    if (request.months() > policy.temporaryRelief().maxMonths()) {
      throw new InvalidInputException("INVALID_MONTHS", "months",
          "is 1 to " + policy.temporaryRelief().maxMonths() + ", was " + request.months());
    }
    RegisteredHousehold household = households.household(request.householdId());
    return store.append(request.householdId(), (id, earlier) -> {
      Money granted = grantedInYear(earlier, request.grantedOn().getYear());
      TemporaryReliefDecision decision = TemporaryReliefDecision.decide(household.household().areaType(),
          household.household().size(), request.months(), granted, policy);
      if (!decision.grant().isPositive()) {
        throw new RefusedException("TEMPORARY_RELIEF_CAP_USED_UP",
            "household " + request.householdId() + " was already granted " + granted.format() + " in "
                + request.grantedOn().getYear() + ", the whole yearly cap of " + decision.yearlyCap().format());
      }
      return TemporaryReliefGrant.of(id, request, decision);
    });
  }

  public List<TemporaryReliefGrant> grantedBetween(LocalDate from, LocalDate to) {
    return store.grantedBetween(from, to);
  }

  private static Money grantedInYear(List<TemporaryReliefGrant> grants, int year) {
    return Money.total(grants.stream().filter(g -> g.grantedOn().getYear() == year)
        .map(TemporaryReliefGrant::amount).toList());
  }
}
