package civil.relief.charity;

import civil.core.error.InvalidInputException;
import civil.core.money.Money;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** An expense of the association: programme costs other than disbursements, or administration. */
@Value.Immutable
public abstract class Expense {
  /** The two kinds the Charity Law distinguishes. */
  public enum Kind {
    /** 慈善活动支出 other than disbursements. */
    CHARITABLE,
    /** 管理费用. */
    ADMINISTRATIVE
  }

  public abstract String expenseId();

  public abstract Kind kind();

  public abstract Money amount();

  public abstract LocalDate date();

  public abstract Optional<String> note();

  /** An expense as recorded or stored. */
  public static Expense of(String id, Kind kind, Money amount, LocalDate date, Optional<String> note) {
    return ImmutableExpense.builder().expenseId(id).kind(kind).amount(amount).date(date).note(note).build();
  }

  @Value.Check
  void check() {
    if (!amount().isPositive() || amount().isGreaterThan(Money.ofYuan(10_000_000_000L))) {
      throw new InvalidInputException("INVALID_EXPENSE", "amountFen", "must be positive and at most ¥10,000,000,000");
    }
    if (note().map(String::length).orElse(0) > 500) {
      throw new InvalidInputException("INVALID_EXPENSE", "note", "at most 500 characters");
    }
  }
}
