package civil.relief.charity;

import civil.core.identity.CreditCode;
import java.util.Optional;

/** Who gave: a unit, by its credit code and name, or a person by name. */
public record Donor(String name, Optional<CreditCode> creditCode) {
  public static Donor unit(CreditCode creditCode, String name) {
    return new Donor(name, Optional.of(creditCode));
  }

  public static Donor person(String name) {
    return new Donor(name, Optional.empty());
  }
}
