package civil.relief.household;

import static java.util.Objects.requireNonNull;

import civil.core.error.NotFoundException;
import civil.core.identity.AreaCode;
import civil.core.policy.PolicyRegistry;
import civil.relief.policy.ReliefPolicy;
import civil.relief.subsistence.SubsistenceAssessment;
import civil.relief.subsistence.SubsistenceDecision;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The household register (救助家庭台账), an application service: registers households, updates
 * their circumstances, and assesses them for the subsistence allowance, storing each assessment
 * so that relief rounds can find the needy.
 */
public final class HouseholdRegistry {
  private final PolicyRegistry<ReliefPolicy> policies;
  private final HouseholdStore store;

  public HouseholdRegistry(PolicyRegistry<ReliefPolicy> policies, HouseholdStore store) {
    this.policies = requireNonNull(policies);
    this.store = requireNonNull(store);
  }

  public RegisteredHousehold register(AreaCode subdistrict, Optional<AreaCode> community, Household household,
      LocalDate registeredOn) {
    return store.add(id -> RegisteredHousehold.of(id, subdistrict, community, household, registeredOn));
  }

  /**
   * A registered household.
   *
   * @throws NotFoundException if there is none with that id
   */
  public RegisteredHousehold household(String householdId) {
    return store.find(householdId).orElseThrow(() -> new NotFoundException("household", householdId));
  }

  /** Replaces a household's circumstances. */
  public RegisteredHousehold update(String householdId, Household circumstances) {
    return store.replace(householdId, h -> h.withHousehold(circumstances));
  }

  /** Assesses a household on {@code date} with the policy in force then, and stores the decision. */
  public SubsistenceDecision assess(String householdId, LocalDate date) {
    ReliefPolicy policy = policies.inForceOn(date);
    SubsistenceDecision[] decided = new SubsistenceDecision[1];
    store.replace(householdId, current -> {
      decided[0] = SubsistenceAssessment.assess(current.household(), date, policy);
      return current.withAssessment(decided[0]);
    });
    return decided[0];
  }

  /** Households in any of the subdistricts, by id. */
  public List<RegisteredHousehold> inSubdistricts(Collection<AreaCode> subdistricts) {
    return store.all().stream().filter(h -> subdistricts.contains(h.subdistrict())).toList();
  }

  public List<RegisteredHousehold> all() {
    return store.all();
  }
}
