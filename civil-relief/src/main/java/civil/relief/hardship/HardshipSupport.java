package civil.relief.hardship;

import civil.relief.household.AreaType;
import civil.relief.policy.ReliefPolicy;
import java.math.RoundingMode;

/**
 * The monthly support of a person under special hardship support: basic living support of
 * {@code 130% × S} of the area's subsistence standard, rounded half up to the yuan, plus the care
 * allowance of the person's self-care ability (¥100 full, ¥400 partial, ¥800 none).
 */
public final class HardshipSupport {
  private HardshipSupport() {}

  public static HardshipEntitlement monthly(AreaType areaType, SelfCareAbility ability, ReliefPolicy policy) {
    return new HardshipEntitlement(
        policy.standard(areaType).timesToYuan(policy.hardship().basicRatio(), RoundingMode.HALF_UP),
        policy.hardship().careAllowance(ability));
  }
}
