package civil.relief.supplies;

import static java.util.Objects.requireNonNull;

import civil.core.error.InvalidInputException;
import civil.core.error.NotFoundException;
import civil.core.error.RefusedException;
import civil.core.money.Money;
import civil.core.policy.PolicyRegistry;
import civil.relief.household.HouseholdRegistry;
import civil.relief.household.RegisteredHousehold;
import civil.relief.policy.ReliefPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The relief supplies depot (救灾物资仓库), an application service over the {@link SuppliesStore}.
 *
 * <ul>
 *   <li>Movements of an item are recorded in date order: one dated before the item's latest
 *       movement is refused ({@code MOVEMENT_OUT_OF_ORDER}), so the value of every issue,
 *       computed when it is recorded, is also what a replay of the movements gives.
 *   <li>An issue larger than the stock is refused ({@code INSUFFICIENT_STOCK}) and nothing is
 *       recorded: stock never goes negative.
 *   <li>Grain rations are issued from the {@code GRAIN} items counted in kg, in item-id order,
 *       for every household of the list or for none.
 * </ul>
 */
public final class SuppliesDepot {
  private final PolicyRegistry<ReliefPolicy> policies;
  private final SuppliesStore store;
  private final HouseholdRegistry households;

  public SuppliesDepot(PolicyRegistry<ReliefPolicy> policies, SuppliesStore store, HouseholdRegistry households) {
    this.policies = requireNonNull(policies);
    this.store = requireNonNull(store);
    this.households = requireNonNull(households);
  }

  public SupplyItem addItem(String name, SupplyUnit unit, SupplyCategory category, Optional<Quantity> reserveTarget) {
    return store.addItem(id -> SupplyItem.of(id, name, unit, category, reserveTarget));
  }

  public SupplyItem setReserveTarget(String itemId, Quantity target) {
    return store.replaceItem(itemId, i -> i.withReserveTarget(target));
  }

  /**
   * @throws NotFoundException if there is no such item
   */
  public SupplyItem item(String itemId) {
    return store.item(itemId).orElseThrow(() -> new NotFoundException("supply item", itemId));
  }

  public List<SupplyItem> items() {
    return store.items();
  }

  /**
   * Records a receipt (入库). Refused ({@code STOCK_LIMIT}) where it would take the item's stock past
   * {@link Quantity#MAX}: a stock is a quantity, and one past it could be neither read nor issued.
   */
  public Movement receive(String itemId, LocalDate date, Quantity quantity, Money cost, Movement.Source source,
      Optional<String> note) {
    item(itemId);
    return store.record(List.of(itemId), ledger -> {
      List<Movement> past = ledger.movements(itemId);
      inOrder(past, date);
      Quantity stock = StockLevel.after(itemId, past).quantity();
      if (!stock.canAdd(quantity)) {
        throw new RefusedException("STOCK_LIMIT", "item " + itemId + " has " + stock + " in stock; receiving " + quantity
            + " would take it past " + Quantity.MAX + ", the most one item's stock can be");
      }
      return List.of(Movement.receipt(ledger.nextMovementId(), itemId, date, quantity, cost, source, note));
    }).get(0);
  }

  /** Records an issue (出库) valued at moving average cost. */
  public Movement issue(String itemId, LocalDate date, Quantity quantity, Movement.Destination destination,
      String reference, String approver) {
    item(itemId);
    return store.record(List.of(itemId), ledger -> {
      List<Movement> past = ledger.movements(itemId);
      inOrder(past, date);
      StockLevel level = StockLevel.after(itemId, past);
      if (quantity.isGreaterThan(level.quantity())) {
        throw new RefusedException("INSUFFICIENT_STOCK",
            "item " + itemId + " has " + level.quantity() + " in stock; " + quantity + " cannot be issued");
      }
      return List.of(Movement.issue(ledger.nextMovementId(), itemId, date, quantity, level.valueOf(quantity),
          destination, reference, approver, Optional.empty()));
    }).get(0);
  }

  /** One item's stock and value at the end of {@code date}. */
  public StockLevel stockOn(String itemId, LocalDate date) {
    item(itemId);
    return StockLevel.after(itemId, store.movements(itemId).stream().filter(m -> !m.date().isAfter(date)).toList());
  }

  /** Every item's stock and value at the end of {@code date}, by item id. */
  public List<StockLevel> stockOn(LocalDate date) {
    return store.items().stream().map(i -> stockOn(i.itemId(), date)).toList();
  }

  /** The flood-season readiness check (防汛物资储备检查): each item below its reserve target on {@code date}. */
  public List<Shortfall> readiness(LocalDate date) {
    List<SupplyItem> items = store.items();
    List<Movement> movements = new ArrayList<>();
    items.forEach(i -> movements.addAll(store.movements(i.itemId())));
    return readiness(items, movements, date);
  }

  /**
   * The readiness check as a function of records: each of {@code items} whose stock at the end of
   * {@code date}, from {@code movements} (any of them; later ones are ignored), is below its
   * reserve target, in the order of {@code items}. Each item's movements count in the order given.
   */
  public static List<Shortfall> readiness(List<SupplyItem> items, List<Movement> movements, LocalDate date) {
    Map<String, List<Movement>> byItem = new HashMap<>();
    for (Movement m : movements) {
      if (!m.date().isAfter(date)) {
        byItem.computeIfAbsent(m.itemId(), k -> new ArrayList<>()).add(m);
      }
    }
    List<Shortfall> below = new ArrayList<>();
    for (SupplyItem item : items) {
      if (item.reserveTarget().isPresent()) {
        Quantity stock = StockLevel.after(item.itemId(), byItem.getOrDefault(item.itemId(), List.of())).quantity();
        Quantity target = item.reserveTarget().get();
        if (stock.isLessThan(target)) {
          below.add(new Shortfall(item, target, stock, target.minus(stock)));
        }
      }
    }
    return below;
  }

  /** One item's movements, in the order recorded. */
  public List<Movement> movements(String itemId) {
    item(itemId);
    return store.movements(itemId);
  }

  public List<Movement> movementsBetween(LocalDate from, LocalDate to) {
    return store.movementsBetween(from, to);
  }

  /**
   * Issues spring-famine grain rations to {@code householdIds} for {@code days} days: each household
   * receives the policy's grams per person and day × days × its members, taken from the grain
   * items (category {@code GRAIN}, unit kg) in item-id order. Either every household's ration is
   * issued, or, when the grain in stock cannot cover them all, none is ({@code INSUFFICIENT_STOCK}).
   */
  public GrainRationList issueGrainRations(List<String> householdIds, int days, LocalDate date, String approver) {
    if (householdIds.isEmpty() || householdIds.size() > 10_000) {
      throw new InvalidInputException("INVALID_RATION", "householdIds", "1 to 10,000 households");
    }
    if (new LinkedHashSet<>(householdIds).size() != householdIds.size()) {
      throw new InvalidInputException("INVALID_RATION", "householdIds", "a household is listed twice");
    }
    if (days < 1 || days > 366) {
      throw new InvalidInputException("INVALID_RATION", "days", "is 1 to 366, was " + days);
    }
    int grams = policies.inForceOn(date).grainRation().gramsPerPersonPerDay();
    List<RegisteredHousehold> listed = householdIds.stream().map(households::household).toList();
    List<String> grainItems = store.items().stream()
        .filter(i -> i.category() == SupplyCategory.GRAIN && i.unit() == SupplyUnit.KG)
        .map(SupplyItem::itemId).toList();
    GrainRationList[] made = new GrainRationList[1];
    store.record(grainItems, ledger -> {
      List<StockLevel> levels = new ArrayList<>();
      for (String itemId : grainItems) {
        List<Movement> past = ledger.movements(itemId);
        inOrder(past, date);
        levels.add(StockLevel.after(itemId, past));
      }
      Quantity needed = Quantity.zero();
      for (RegisteredHousehold h : listed) {
        needed = needed.plus(ration(grams, days, h));
      }
      Quantity inStock = levels.stream().map(StockLevel::quantity).reduce(Quantity.zero(), Quantity::plus);
      if (needed.isGreaterThan(inStock)) {
        throw new RefusedException("INSUFFICIENT_STOCK", "the rations need " + needed + " kg of grain; "
            + inStock + " kg are in stock, " + needed.minus(inStock) + " kg short; nothing was issued");
      }
      String listId = ledger.nextRationListId();
      List<Movement> issues = new ArrayList<>();
      List<GrainRationList.Line> lines = new ArrayList<>();
      int item = 0;
      for (RegisteredHousehold h : listed) {
        Quantity due = ration(grams, days, h);
        List<Movement> mine = new ArrayList<>();
        while (!due.isZero()) {
          StockLevel level = levels.get(item);
          if (level.quantity().isZero()) {
            item++;
            continue;
          }
          Quantity take = due.min(level.quantity());
          Movement issue = Movement.issue(ledger.nextMovementId(), level.itemId(), date, take, level.valueOf(take),
              Movement.Destination.HOUSEHOLD, h.householdId(), approver, Optional.of(listId));
          levels.set(item, level.apply(issue));
          mine.add(issue);
          due = due.minus(take);
        }
        issues.addAll(mine);
        lines.add(new GrainRationList.Line(h.householdId(), h.household().size(), ration(grams, days, h), mine));
      }
      made[0] = new GrainRationList(listId, date, days, grams, lines);
      return issues;
    });
    return made[0];
  }

  private static Quantity ration(int grams, int days, RegisteredHousehold h) {
    return Quantity.ofThousandths(Math.multiplyExact((long) grams * days, h.household().size()));
  }

  private static void inOrder(List<Movement> past, LocalDate date) {
    if (!past.isEmpty() && past.get(past.size() - 1).date().isAfter(date)) {
      throw new RefusedException("MOVEMENT_OUT_OF_ORDER", "item " + past.get(0).itemId() + " already has a movement on "
          + past.get(past.size() - 1).date() + "; movements are recorded in date order");
    }
  }
}
