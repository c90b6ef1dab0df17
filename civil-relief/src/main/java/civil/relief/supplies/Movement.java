package civil.relief.supplies;

import civil.core.error.FieldProblem;
import civil.core.error.InvalidInputException;
import civil.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A movement of stock: a receipt (入库) with its cost, from a purchase or a donation, or an issue
 * (出库) valued at moving average cost, to a disaster event or a household, with its approver.
 * Movements are kept for ever; stock and value at any date are derived from them.
 */
@Value.Immutable
public abstract class Movement {
  /** Receipt or issue. */
  public enum Kind {
    RECEIPT,
    ISSUE
  }

  /** Where a receipt came from. */
  public enum Source {
    PURCHASE,
    DONATION
  }

  /** Where an issue went. */
  public enum Destination {
    DISASTER_EVENT,
    HOUSEHOLD
  }

  public abstract String movementId();

  public abstract String itemId();

  public abstract Kind kind();

  public abstract LocalDate date();

  public abstract Quantity quantity();

  /** A receipt's cost, or an issue's value at moving average cost. */
  public abstract Money value();

  public abstract Optional<Source> source();

  public abstract Optional<Destination> destination();

  /** The disaster event or household the issue went to. */
  public abstract Optional<String> reference();

  public abstract Optional<String> approver();

  public abstract Optional<String> note();

  /** The grain ration list an issue belongs to. */
  public abstract Optional<String> rationListId();

  public boolean isReceipt() {
    return kind() == Kind.RECEIPT;
  }

  public static Movement receipt(String movementId, String itemId, LocalDate date, Quantity quantity, Money cost,
      Source source, Optional<String> note) {
    return ImmutableMovement.builder().movementId(movementId).itemId(itemId).kind(Kind.RECEIPT).date(date)
        .quantity(quantity).value(cost).source(source).note(note).build();
  }

  /** An issue as valued or stored. */
  public static Movement issue(String movementId, String itemId, LocalDate date, Quantity quantity, Money value,
      Destination destination, String reference, String approver, Optional<String> rationListId) {
    return ImmutableMovement.builder().movementId(movementId).itemId(itemId).kind(Kind.ISSUE).date(date)
        .quantity(quantity).value(value).destination(destination).reference(reference).approver(approver)
        .rationListId(rationListId).build();
  }

  @Value.Check
  void check() {
    List<FieldProblem> problems = new ArrayList<>();
    if (quantity().isZero()) {
      problems.add(new FieldProblem("quantity", "must be positive"));
    }
    if (value().isNegative()) {
      problems.add(new FieldProblem(isReceipt() ? "costFen" : "valueFen", "must not be negative"));
    }
    if (isReceipt() && value().isGreaterThan(Money.ofYuan(10_000_000_000L))) {
      problems.add(new FieldProblem("costFen", "must not exceed ¥10,000,000,000"));
    }
    if (isReceipt() && source().isEmpty()) {
      problems.add(new FieldProblem("source", "a receipt says where it came from"));
    }
    if (!isReceipt() && (destination().isEmpty() || reference().isEmpty() || approver().isEmpty())) {
      problems.add(new FieldProblem("approver", "an issue names its destination and its approver"));
    }
    approver().filter(a -> a.isBlank() || a.length() > 100)
        .ifPresent(a -> problems.add(new FieldProblem("approver", "is 1 to 100 characters")));
    reference().filter(r -> r.isBlank() || r.length() > 200)
        .ifPresent(r -> problems.add(new FieldProblem("reference", "is 1 to 200 characters")));
    note().filter(n -> n.length() > 500).ifPresent(n -> problems.add(new FieldProblem("note", "at most 500 characters")));
    if (!problems.isEmpty()) {
      throw new InvalidInputException("INVALID_MOVEMENT", problems);
    }
  }
}
