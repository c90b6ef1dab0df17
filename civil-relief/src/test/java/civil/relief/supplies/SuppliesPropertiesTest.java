package civil.relief.supplies;

import static civil.core.testkit.CoreGenerators.longsBiased;
import static civil.core.testkit.Theories.qt;
import static civil.relief.testkit.ReliefGenerators.quantities;

import civil.core.error.RefusedException;
import civil.core.money.Money;
import civil.relief.household.HouseholdRegistry;
import civil.relief.household.InMemoryHouseholdStore;
import civil.relief.policy.ReliefPolicy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class SuppliesPropertiesTest {
  /** A receipt (with a cost) or an issue, of one of two items, on day {@code day}. */
  record Op(boolean receipt, int item, Quantity quantity, Money cost, int day) {}

  private static Gen<List<Op>> operations() {
    Gen<Op> op = Generate.booleans().zip(Generate.range(0, 1), quantities(), longsBiased(0, 1_000_000),
        (r, i, q, c) -> new Op(r, i, q, Money.ofFen(c), 0));
    return SourceDSL.lists().of(op).ofSizeBetween(1, 40);
  }

  @Test
  void stockIsReceiptsMinusIssuesAndNeverNegativeWhateverIsRefused() {
    qt(200).forAll(operations()).check(ops -> {
      InMemorySuppliesStore store = new InMemorySuppliesStore();
      SuppliesDepot depot = new SuppliesDepot(ReliefPolicy.defaultRegistry(), store,
          new HouseholdRegistry(ReliefPolicy.defaultRegistry(), new InMemoryHouseholdStore()));
      String[] items = {
          depot.addItem("a", SupplyUnit.KG, SupplyCategory.GRAIN, Optional.empty()).itemId(),
          depot.addItem("b", SupplyUnit.BOX, SupplyCategory.WATER, Optional.empty()).itemId()};
      long[] expected = new long[2];
      LocalDate day = LocalDate.of(2026, 1, 1);
      for (Op op : ops) {
        String item = items[op.item()];
        List<Movement> before = store.movements(item);
        StockLevel levelBefore = depot.stockOn(item, day);
        try {
          if (op.receipt()) {
            depot.receive(item, day, op.quantity(), op.cost(), Movement.Source.PURCHASE, Optional.empty());
            expected[op.item()] += op.quantity().thousandths();
          } else {
            depot.issue(item, day, op.quantity(), Movement.Destination.DISASTER_EVENT, "e", "a");
            expected[op.item()] -= op.quantity().thousandths();
          }
        } catch (RefusedException refused) {
          if (!store.movements(item).equals(before) || !depot.stockOn(item, day).equals(levelBefore)) {
            return false;
          }
        }
        for (int i = 0; i < 2; i++) {
          StockLevel level = depot.stockOn(items[i], day);
          if (level.quantity().thousandths() != expected[i] || expected[i] < 0 || level.value().isNegative()
              || (level.quantity().isZero() && !level.value().isZero())) {
            return false;
          }
        }
        day = day.plusDays(op.day());
      }
      return true;
    });
  }
}
