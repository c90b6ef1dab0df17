package civil.relief.supplies;

import static java.util.Objects.requireNonNull;

import civil.core.money.Money;
import java.math.RoundingMode;
import java.util.List;

/**
 * The stock of one item and its value at moving average cost, as the movements up to some date
 * leave it. Issuing {@code q} from stock {@code Q} worth {@code V} is valued
 * {@code round_half_up(q × V ÷ Q)}, so the last unit out takes exactly the value left.
 */
public record StockLevel(String itemId, Quantity quantity, Money value) {
  public StockLevel {
    requireNonNull(itemId);
    requireNonNull(quantity);
    requireNonNull(value);
  }

  public static StockLevel empty(String itemId) {
    return new StockLevel(itemId, Quantity.zero(), Money.zero());
  }

  /** The level after {@code movements}, applied in order. */
  public static StockLevel after(String itemId, List<Movement> movements) {
    StockLevel level = empty(itemId);
    for (Movement m : movements) {
      level = level.apply(m);
    }
    return level;
  }

  /** The value an issue of {@code q} from this level takes. */
  public Money valueOf(Quantity q) {
    if (q.equals(quantity)) {
      return value;
    }
    return value.timesFraction(q.thousandths(), quantity.thousandths(), RoundingMode.HALF_UP);
  }

  StockLevel apply(Movement m) {
    return m.isReceipt()
        ? new StockLevel(itemId, quantity.plus(m.quantity()), value.plus(m.value()))
        : new StockLevel(itemId, quantity.minus(m.quantity()), value.minus(m.value()));
  }
}
