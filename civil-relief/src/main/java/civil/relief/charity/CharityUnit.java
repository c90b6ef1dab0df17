package civil.relief.charity;

import civil.core.error.InvalidInputException;
import civil.core.identity.CreditCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A company or institution known to the association, by its unified social credit code. A member
 * holds one tier at a time; the tiers it has held are kept, each from the day it took effect, so
 * that the tier on any past day can be read ({@link #tierOn}).
 */
@Value.Immutable
public abstract class CharityUnit {
  /** A tier held from a day on (until the next change, if any). */
  public record TierChange(MembershipTier tier, LocalDate from) {}

  public abstract CreditCode creditCode();

  public abstract String name();

  /** The tiers held, each from its day, oldest first; empty for a unit that never joined. */
  public abstract List<TierChange> tiers();

  /** The tier held now. */
  public Optional<MembershipTier> tier() {
    return tiers().isEmpty() ? Optional.empty() : Optional.of(tiers().get(tiers().size() - 1).tier());
  }

  /** The day it first joined. */
  public Optional<LocalDate> memberSince() {
    return tiers().isEmpty() ? Optional.empty() : Optional.of(tiers().get(0).from());
  }

  /** The tier held at the end of {@code date}; empty before it joined. */
  public Optional<MembershipTier> tierOn(LocalDate date) {
    MembershipTier held = null;
    for (TierChange c : tiers()) {
      if (!c.from().isAfter(date)) {
        held = c.tier();
      }
    }
    return Optional.ofNullable(held);
  }

  public static CharityUnit of(CreditCode creditCode, String name) {
    return ImmutableCharityUnit.builder().creditCode(creditCode).name(name).build();
  }

  /** A unit as stored, with the tiers it has held. */
  public static CharityUnit of(CreditCode creditCode, String name, List<TierChange> tiers) {
    return ImmutableCharityUnit.builder().creditCode(creditCode).name(name).tiers(tiers).build();
  }

  /** This unit holding {@code tier} from {@code on}; the tiers before stay in its history. */
  public CharityUnit joined(MembershipTier tier, LocalDate on) {
    List<TierChange> tiers = new ArrayList<>(tiers());
    tiers.add(new TierChange(tier, on));
    tiers.sort(Comparator.comparing(TierChange::from)); // stable: changes of one day keep their order
    return ImmutableCharityUnit.builder().from(this).tiers(tiers).build();
  }

  @Value.Check
  void check() {
    if (name().isBlank() || name().length() > 200) {
      throw new InvalidInputException("INVALID_UNIT", "name", "is 1 to 200 characters");
    }
    for (int i = 1; i < tiers().size(); i++) {
      if (tiers().get(i).from().isBefore(tiers().get(i - 1).from())) {
        throw new InvalidInputException("INVALID_UNIT", "tiers", "are kept oldest first");
      }
    }
  }
}
