package civil.relief.supplies;

import civil.core.error.InvalidInputException;
import java.util.Optional;
import org.immutables.value.Value;

/** An item held in the relief reserve (储备物资品目), with its unit, category and reserve target. */
@Value.Immutable
public abstract class SupplyItem {
  public abstract String itemId();

  public abstract String name();

  public abstract SupplyUnit unit();

  public abstract SupplyCategory category();

  /** The stock the flood-season plan asks to hold (防汛储备定额), if any. */
  public abstract Optional<Quantity> reserveTarget();

  public static SupplyItem of(String itemId, String name, SupplyUnit unit, SupplyCategory category,
      Optional<Quantity> reserveTarget) {
    return ImmutableSupplyItem.builder().itemId(itemId).name(name).unit(unit).category(category)
        .reserveTarget(reserveTarget).build();
  }

  public SupplyItem withReserveTarget(Quantity target) {
    return ImmutableSupplyItem.builder().from(this).reserveTarget(target).build();
  }

  @Value.Check
  void check() {
    if (name().isBlank() || name().length() > 200) {
      throw new InvalidInputException("INVALID_ITEM", "name", "is 1 to 200 characters");
    }
  }
}
