package civil.relief.charity;

import civil.core.error.InvalidInputException;
import civil.core.identity.CreditCode;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A company or institution known to the association, by its unified social credit code; a member
 * holds one tier at a time.
 */
@Value.Immutable
public abstract class CharityUnit {
  public abstract CreditCode creditCode();

  public abstract String name();

  public abstract Optional<MembershipTier> tier();

  public abstract Optional<LocalDate> memberSince();

  public static CharityUnit of(CreditCode creditCode, String name) {
    return ImmutableCharityUnit.builder().creditCode(creditCode).name(name).build();
  }

  /** A unit as stored. */
  public static CharityUnit of(CreditCode creditCode, String name, Optional<MembershipTier> tier,
      Optional<LocalDate> memberSince) {
    return ImmutableCharityUnit.builder().creditCode(creditCode).name(name).tier(tier).memberSince(memberSince).build();
  }

  /** This unit holding {@code tier} from {@code on} (a member keeps its first joining date). */
  public CharityUnit joined(MembershipTier tier, LocalDate on) {
    return ImmutableCharityUnit.builder().from(this).tier(tier).memberSince(memberSince().orElse(on)).build();
  }

  @Value.Check
  void check() {
    if (name().isBlank() || name().length() > 200) {
      throw new InvalidInputException("INVALID_UNIT", "name", "is 1 to 200 characters");
    }
  }
}
