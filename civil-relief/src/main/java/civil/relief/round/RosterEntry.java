package civil.relief.round;

import civil.core.identity.AreaCode;
import civil.core.identity.ResidentId;
import civil.core.money.Money;
import org.immutables.value.Value;

/** One line of a round's roster (花名册): a household, its head, its size and its amount. */
@Value.Immutable
public abstract class RosterEntry {
  public abstract String householdId();

  public abstract AreaCode subdistrict();

  public abstract ResidentId head();

  public abstract int members();

  public abstract Money amount();

  /** Why the household is on the roster: subsistence, hardship support or both. */
  public abstract String basis();

  public static RosterEntry of(String householdId, AreaCode subdistrict, ResidentId head, int members, Money amount,
      String basis) {
    return ImmutableRosterEntry.builder().householdId(householdId).subdistrict(subdistrict).head(head)
        .members(members).amount(amount).basis(basis).build();
  }
}
