package civil.relief.household;

import civil.core.error.Inputs;
import civil.core.error.InvalidInputException;
import civil.core.identity.ResidentId;
import civil.core.money.Money;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A household's circumstances as a subsistence assessment reads them: its area type, whether it
 * holds a disqualifying asset (a vehicle other than a basic one, a second home), whether it is a
 * single-parent or orphan household (单亲/孤儿家庭), and its members, the first of whom is the
 * head (户主). One to {@value #MAX_MEMBERS} members, each resident ID once.
 */
@Value.Immutable
public abstract class Household {
  /** The most members a household may list. */
  public static final int MAX_MEMBERS = 30;

  /** The largest income or asset figure accepted for a member (¥100,000,000, the bound on any single amount). */
  public static final Money MAX_AMOUNT = Money.ofFen(Inputs.MAX_AMOUNT_FEN);

  public abstract AreaType areaType();

  public abstract boolean disqualifyingAssets();

  public abstract boolean singleParentOrOrphan();

  public abstract List<HouseholdMember> members();

  public static Household of(AreaType areaType, boolean disqualifyingAssets, boolean singleParentOrOrphan,
      List<HouseholdMember> members) {
    return ImmutableHousehold.builder().areaType(areaType).disqualifyingAssets(disqualifyingAssets)
        .singleParentOrOrphan(singleParentOrOrphan).members(members).build();
  }

  /** The same household with other members (after a member moved in or out). */
  public Household withMembers(List<HouseholdMember> members) {
    return of(areaType(), disqualifyingAssets(), singleParentOrOrphan(), members);
  }

  /** The head of the household: the first member. */
  public HouseholdMember head() {
    return members().get(0);
  }

  public int size() {
    return members().size();
  }

  /** The household's total monthly income. */
  public Money totalIncome() {
    return Money.total(members().stream().map(HouseholdMember::monthlyIncome).toList());
  }

  /** The household's total financial assets. */
  public Money totalAssets() {
    return Money.total(members().stream().map(HouseholdMember::financialAssets).toList());
  }

  public boolean hasMember(ResidentId residentId) {
    return members().stream().anyMatch(m -> m.residentId().equals(residentId));
  }

  @Value.Check
  void check() {
    if (members().isEmpty() || members().size() > MAX_MEMBERS) {
      throw new InvalidInputException("INVALID_HOUSEHOLD", "members",
          "a household has 1 to " + MAX_MEMBERS + " members, this one has " + members().size());
    }
    Set<ResidentId> seen = new HashSet<>();
    for (int i = 0; i < members().size(); i++) {
      if (!seen.add(members().get(i).residentId())) {
        throw new InvalidInputException("INVALID_HOUSEHOLD", "members[" + i + "].residentId",
            "the same resident is listed twice");
      }
    }
  }
}
