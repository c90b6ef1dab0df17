package civil.relief.round;

import static java.util.Objects.requireNonNull;

import civil.core.error.NotFoundException;
import civil.core.identity.AreaCode;
import civil.core.money.Money;
import civil.relief.hardship.HardshipRoll;
import civil.relief.household.HouseholdMember;
import civil.relief.household.HouseholdRegistry;
import civil.relief.household.RegisteredHousehold;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Relief rounds (生活救助), an application service. A round's roster lists, once each, the
 * households of its subdistricts that are needy on its {@code asOf} date, that is whose latest
 * stored subsistence assessment is eligible or one of whose members is under special hardship
 * support, with the amount its rule gives (households the rule gives nothing are left off).
 */
public final class ReliefRounds {
  private final HouseholdRegistry households;
  private final HardshipRoll hardship;
  private final ReliefRoundStore store;

  public ReliefRounds(HouseholdRegistry households, HardshipRoll hardship, ReliefRoundStore store) {
    this.households = requireNonNull(households);
    this.hardship = requireNonNull(hardship);
    this.store = requireNonNull(store);
  }

  /** Drafts a round and its roster. */
  public ReliefRound draft(String name, List<AreaCode> subdistricts, RoundRule rule, LocalDate asOf,
      LocalDate draftedOn) {
    List<AreaCode> distinct = List.copyOf(new LinkedHashSet<>(subdistricts));
    List<RosterEntry> roster = new ArrayList<>();
    for (RegisteredHousehold h : households.inSubdistricts(distinct)) {
      boolean subsistence = h.isSubsistenceEligible();
      boolean supported = h.household().members().stream()
          .map(HouseholdMember::residentId).anyMatch(id -> hardship.isSupportedOn(id, asOf));
      if (!subsistence && !supported) {
        continue;
      }
      Money amount = rule.amountFor(h);
      if (amount.isPositive()) {
        roster.add(RosterEntry.of(h.householdId(), h.subdistrict(), h.household().head().residentId(),
            h.household().size(), amount, subsistence && supported ? "低保、特困" : subsistence ? "低保" : "特困"));
      }
    }
    return store.add(id -> ReliefRound.draft(id, name, distinct, rule, asOf, draftedOn, roster));
  }

  public ReliefRound approve(String roundId, String approver, LocalDate on) {
    return store.replace(roundId, r -> r.approve(approver, on));
  }

  public ReliefRound pay(String roundId, LocalDate on) {
    return store.replace(roundId, r -> r.pay(on));
  }

  /**
   * Links a correction to a paid round.
   *
   * @throws NotFoundException if the round or the household does not exist
   */
  public ReliefRound correct(String roundId, String householdId, Money amount, String reason, LocalDate on) {
    households.household(householdId);
    return store.replace(roundId, r -> r.correct(
        RosterCorrection.of(r.roundId() + "-C" + (r.corrections().size() + 1), householdId, amount, reason, on)));
  }

  public ReliefRound round(String roundId) {
    return store.find(roundId).orElseThrow(() -> new NotFoundException("relief round", roundId));
  }

  public List<ReliefRound> all() {
    return store.all();
  }
}
