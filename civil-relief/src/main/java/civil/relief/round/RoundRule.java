package civil.relief.round;

import civil.core.error.InvalidInputException;
import civil.core.money.Money;
import civil.relief.household.RegisteredHousehold;
import civil.relief.subsistence.SubsistenceDecision;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a round sets each household's amount: a fixed amount per household, a fixed amount per
 * member, or {@code k} months of the household's monthly subsistence allowance (from its latest
 * stored assessment; a household needy only through hardship support then receives nothing and
 * is left off the roster).
 */
@Value.Immutable
public abstract class RoundRule {
  /** The kinds of rule. */
  public enum Kind {
    PER_HOUSEHOLD,
    PER_MEMBER,
    SUBSISTENCE_MONTHS
  }

  public abstract Kind kind();

  /** The fixed amount, for {@code PER_HOUSEHOLD} and {@code PER_MEMBER}. */
  public abstract Optional<Money> amount();

  /** The number of months, for {@code SUBSISTENCE_MONTHS}. */
  public abstract Optional<Integer> months();

  public static RoundRule perHousehold(Money amount) {
    return ImmutableRoundRule.builder().kind(Kind.PER_HOUSEHOLD).amount(amount).build();
  }

  public static RoundRule perMember(Money amount) {
    return ImmutableRoundRule.builder().kind(Kind.PER_MEMBER).amount(amount).build();
  }

  public static RoundRule subsistenceMonths(int months) {
    return ImmutableRoundRule.builder().kind(Kind.SUBSISTENCE_MONTHS).months(months).build();
  }

  /** The amount this rule gives a household. */
  public Money amountFor(RegisteredHousehold household) {
    return switch (kind()) {
      case PER_HOUSEHOLD -> amount().orElseThrow();
      case PER_MEMBER -> amount().orElseThrow().times(household.household().size());
      case SUBSISTENCE_MONTHS -> household.latestAssessment().filter(SubsistenceDecision::eligible)
          .map(d -> d.monthlyAllowance().times(months().orElseThrow())).orElse(Money.zero());
    };
  }

  /** The rule in words, for the roster. */
  public String describe() {
    return switch (kind()) {
      case PER_HOUSEHOLD -> "每户" + amount().orElseThrow().format();
      case PER_MEMBER -> "每人" + amount().orElseThrow().format();
      case SUBSISTENCE_MONTHS -> months().orElseThrow() + "个月低保金";
    };
  }

  @Value.Check
  void check() {
    switch (kind()) {
      case PER_HOUSEHOLD, PER_MEMBER -> {
        if (amount().isEmpty() || !amount().get().isPositive() || months().isPresent()) {
          throw new InvalidInputException("INVALID_RULE", "amountFen", "a " + kind() + " rule has a positive amount and no months");
        }
        if (amount().get().isGreaterThan(Money.ofYuan(1_000_000))) {
          throw new InvalidInputException("INVALID_RULE", "amountFen", "at most ¥1,000,000 per household or member");
        }
      }
      case SUBSISTENCE_MONTHS -> {
        if (months().isEmpty() || months().get() < 1 || months().get() > 12 || amount().isPresent()) {
          throw new InvalidInputException("INVALID_RULE", "months", "a SUBSISTENCE_MONTHS rule has 1 to 12 months and no amount");
        }
      }
    }
  }
}
