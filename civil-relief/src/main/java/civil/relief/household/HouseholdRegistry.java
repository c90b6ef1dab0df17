package civil.relief.household;

import static java.util.Objects.requireNonNull;

import civil.core.error.ConflictException;
import civil.core.error.NotFoundException;
import civil.core.identity.AreaCode;
import civil.core.identity.ResidentId;
import civil.core.policy.PolicyRegistry;
import civil.relief.policy.ReliefPolicy;
import civil.relief.subsistence.SubsistenceAssessment;
import civil.relief.subsistence.SubsistenceDecision;
import java.time.LocalDate;
import java.util.ArrayList;
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

  /**
   * Registers a household.
   *
   * @throws ConflictException {@code IN_ANOTHER_HOUSEHOLD} if a member belongs to another household
   *     (a resident belongs to one household at a time; moving is a {@link #transfer})
   */
  public RegisteredHousehold register(AreaCode subdistrict, Optional<AreaCode> community, Household household,
      LocalDate registeredOn) {
    return store.atomically(tx -> {
      String id = tx.nextId();
      requireNoOtherHousehold(tx, id, household);
      RegisteredHousehold h = RegisteredHousehold.of(id, subdistrict, community, household, registeredOn);
      tx.put(h);
      return h;
    });
  }

  /**
   * A registered household.
   *
   * @throws NotFoundException if there is none with that id
   */
  public RegisteredHousehold household(String householdId) {
    return store.find(householdId).orElseThrow(() -> new NotFoundException("household", householdId));
  }

  /**
   * Replaces a household's circumstances.
   *
   * @throws NotFoundException if there is no such household
   * @throws ConflictException {@code IN_ANOTHER_HOUSEHOLD} if a member belongs to another household
   */
  public RegisteredHousehold update(String householdId, Household circumstances) {
    return store.atomically(tx -> {
      // the members first, then the household, as a transfer takes them: the two never wait on each other in a circle
      requireNoOtherHousehold(tx, householdId, circumstances);
      RegisteredHousehold current = held(tx, householdId);
      RegisteredHousehold next = current.withHousehold(circumstances);
      tx.put(next);
      return next;
    });
  }

  /** Assesses a household on {@code date} with the policy in force then, and stores the decision. */
  public SubsistenceDecision assess(String householdId, LocalDate date) {
    ReliefPolicy policy = policies.inForceOn(date);
    return store.atomically(tx -> {
      RegisteredHousehold current = held(tx, householdId);
      SubsistenceDecision decided = SubsistenceAssessment.assess(current.household(), date, policy);
      tx.put(current.withAssessment(decided));
      return decided;
    });
  }

  /**
   * Moves a resident, with their income, assets and flags, from the household they belong to into
   * another one, in one step (迁移): the only way a resident changes household.
   *
   * @throws NotFoundException if the resident belongs to no household, or there is no such target
   * @throws ConflictException {@code SAME_HOUSEHOLD} if they already belong to the target, and
   *     {@code LAST_MEMBER} if they are the only member of their household (a household is never empty),
   *     and {@code HOUSEHOLD_FULL} if the target already has {@link Household#MAX_MEMBERS} members
   */
  public Transfer transfer(ResidentId residentId, String toHouseholdId) {
    return store.atomically(tx -> {
      String fromId = tx.householdOf(residentId)
          .orElseThrow(() -> new NotFoundException("household of resident", residentId.masked()));
      if (fromId.equals(toHouseholdId)) {
        throw new ConflictException("SAME_HOUSEHOLD", residentId.masked() + " already belongs to " + toHouseholdId);
      }
      // both households held in the order of their ids, whichever way the resident moves: two moves
      // between the same households in opposite directions then wait in line instead of deadlocking
      boolean fromFirst = fromId.compareTo(toHouseholdId) < 0;
      RegisteredHousehold first = held(tx, fromFirst ? fromId : toHouseholdId);
      RegisteredHousehold second = held(tx, fromFirst ? toHouseholdId : fromId);
      RegisteredHousehold from = fromFirst ? first : second;
      RegisteredHousehold to = fromFirst ? second : first;
      HouseholdMember moving = from.household().members().stream().filter(m -> m.residentId().equals(residentId))
          .findFirst().orElseThrow();
      if (from.household().size() == 1) {
        throw new ConflictException("LAST_MEMBER", residentId.masked() + " is the only member of " + fromId
            + "; a household is never left empty");
      }
      if (to.household().size() >= Household.MAX_MEMBERS) {
        throw new ConflictException("HOUSEHOLD_FULL", toHouseholdId + " has " + Household.MAX_MEMBERS
            + " members, the most a household may list");
      }
      List<HouseholdMember> left = new ArrayList<>(from.household().members());
      left.remove(moving);
      List<HouseholdMember> joined = new ArrayList<>(to.household().members());
      joined.add(moving);
      RegisteredHousehold nextFrom = from.withHousehold(from.household().withMembers(left));
      RegisteredHousehold nextTo = to.withHousehold(to.household().withMembers(joined));
      tx.put(nextFrom);
      tx.put(nextTo);
      return new Transfer(residentId, nextFrom, nextTo);
    });
  }

  /** A resident's move between households: both households as they are after it. */
  public record Transfer(ResidentId residentId, RegisteredHousehold from, RegisteredHousehold to) {}

  private static RegisteredHousehold held(HouseholdStore.Tx tx, String householdId) {
    return tx.find(householdId).orElseThrow(() -> new NotFoundException("household", householdId));
  }

  /** Each member belongs to no household, or to this one; looked up in ID order so concurrent steps lock alike. */
  private static void requireNoOtherHousehold(HouseholdStore.Tx tx, String householdId, Household household) {
    List<ResidentId> ids = household.members().stream().map(HouseholdMember::residentId).sorted().toList();
    for (ResidentId id : ids) {
      Optional<String> other = tx.householdOf(id).filter(h -> !h.equals(householdId));
      if (other.isPresent()) {
        throw new ConflictException("IN_ANOTHER_HOUSEHOLD", id.masked() + " belongs to household " + other.get()
            + "; a resident belongs to one household at a time (move them with a transfer)");
      }
    }
  }

  /** Households in any of the subdistricts, by id. */
  public List<RegisteredHousehold> inSubdistricts(Collection<AreaCode> subdistricts) {
    return store.all().stream().filter(h -> subdistricts.contains(h.subdistrict())).toList();
  }

  public List<RegisteredHousehold> all() {
    return store.all();
  }
}
