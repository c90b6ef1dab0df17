package civil.relief.hardship;

import static java.util.Objects.requireNonNull;

import civil.core.money.Money;

/**
 * A month of special hardship support: basic living support (基本生活费) and the care allowance
 * (照料护理费).
 */
public record HardshipEntitlement(Money basic, Money careAllowance) {
  public HardshipEntitlement {
    requireNonNull(basic, "basic");
    requireNonNull(careAllowance, "careAllowance");
  }

  public Money total() {
    return basic.plus(careAllowance);
  }
}
