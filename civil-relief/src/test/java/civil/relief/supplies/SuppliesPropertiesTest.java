package civil.relief.supplies;

import static civil.core.testkit.CoreGenerators.longsBiased;
import static civil.core.testkit.Theories.qt;
import static civil.relief.testkit.ReliefGenerators.quantities;

import civil.core.error.RefusedException;
import civil.core.money.Money;
import civil.relief.household.HouseholdRegistry;
import civil.relief.household.InMemoryHouseholdStore;
import civil.relief.policy.ReliefPolicy;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class SuppliesPropertiesTest {
  /** A receipt (with a cost) or an issue, of one of two items, {@code gap} days after the one before. */
  record Op(boolean receipt, int item, Quantity quantity, Money cost, int gap) {}

  private static Gen<List<Op>> operations() {
    // now and then a quantity near the largest, so that receipts reach the limit of a stock
    Gen<Quantity> quantity = quantities().mix(Generate.longRange(Quantity.MAX.thousandths() - 1_000_000,
        Quantity.MAX.thousandths()).map(Quantity::ofThousandths), 15);
    Gen<Op> op = Generate.booleans().zip(Generate.range(0, 1), quantity, longsBiased(0, 1_000_000),
        (r, i, q, c) -> new Op(r, i, q, Money.ofFen(c), 0))
        .zip(Generate.pick(List.of(0, 0, 1, 3, 30)), (o, gap) -> new Op(o.receipt(), o.item(), o.quantity(), o.cost(), gap));
    return SourceDSL.lists().of(op).ofSizeBetween(1, 40);
  }

  /** The test's own ledger of one item: quantity (thousandths) and value (fen) after each day's movements. */
  private static final class Model {
    final List<LocalDate> days = new ArrayList<>();
    final List<long[]> after = new ArrayList<>();
    long quantity;
    long value;

    void record(LocalDate day) {
      if (!days.isEmpty() && days.get(days.size() - 1).equals(day)) {
        after.set(after.size() - 1, new long[] {quantity, value});
      } else {
        days.add(day);
        after.add(new long[] {quantity, value});
      }
    }

    long[] on(LocalDate day) {
      long[] level = {0, 0};
      for (int i = 0; i < days.size() && !days.get(i).isAfter(day); i++) {
        level = after.get(i);
      }
      return level;
    }
  }

  /**
   * Against a ledger kept by the test: after every operation, on every day so far, each item's
   * stock and value equal the receipts less the issues up to that day; an issue of {@code q} out of
   * {@code Q} worth {@code V} is valued {@code round_half_up(q × V / Q)} (so the last unit out
   * takes exactly what is left, and value is conserved); a refused issue changes nothing, and so
   * does a refused receipt, the one that would take a stock past the largest quantity.
   */
  @Test
  void stockAndValueOnEveryDayAreTheReceiptsLessTheIssuesValuedAtMovingAverage() {
    qt(200).forAll(operations()).check(ops -> {
      InMemorySuppliesStore store = new InMemorySuppliesStore();
      SuppliesDepot depot = new SuppliesDepot(ReliefPolicy.defaultRegistry(), store,
          new HouseholdRegistry(ReliefPolicy.defaultRegistry(), new InMemoryHouseholdStore()));
      String[] items = {
          depot.addItem("a", SupplyUnit.KG, SupplyCategory.GRAIN, Optional.empty()).itemId(),
          depot.addItem("b", SupplyUnit.BOX, SupplyCategory.WATER, Optional.empty()).itemId()};
      Model[] models = {new Model(), new Model()};
      LocalDate first = LocalDate.of(2026, 1, 1);
      LocalDate day = first;
      for (Op op : ops) {
        day = day.plusDays(op.gap());
        String item = items[op.item()];
        Model m = models[op.item()];
        List<Movement> before = store.movements(item);
        long q = op.quantity().thousandths();
        if (op.receipt() && q > Quantity.MAX.thousandths() - m.quantity) {
          try {
            depot.receive(item, day, op.quantity(), op.cost(), Movement.Source.PURCHASE, Optional.empty());
            return false;
          } catch (RefusedException refused) {
            if (!refused.code().equals("STOCK_LIMIT") || !store.movements(item).equals(before)) {
              return false;
            }
          }
        } else if (op.receipt()) {
          depot.receive(item, day, op.quantity(), op.cost(), Movement.Source.PURCHASE, Optional.empty());
          m.quantity += q;
          m.value += op.cost().fen();
        } else if (q > m.quantity) {
          try {
            depot.issue(item, day, op.quantity(), Movement.Destination.DISASTER_EVENT, "e", "a");
            return false;
          } catch (RefusedException refused) {
            if (!store.movements(item).equals(before)) {
              return false;
            }
          }
        } else {
          Movement issued = depot.issue(item, day, op.quantity(), Movement.Destination.DISASTER_EVENT, "e", "a");
          long expected = BigInteger.valueOf(q).multiply(BigInteger.valueOf(m.value))
              .add(BigInteger.valueOf(m.quantity / 2)).divide(BigInteger.valueOf(m.quantity)).longValueExact();
          if (q == m.quantity) {
            expected = m.value;
          }
          if (issued.value().fen() != expected) {
            return false;
          }
          m.quantity -= q;
          m.value -= expected;
        }
        m.record(day);
        for (LocalDate d = first; !d.isAfter(day); d = d.plusDays(1)) {
          for (int i = 0; i < 2; i++) {
            StockLevel level = depot.stockOn(items[i], d);
            long[] model = models[i].on(d);
            if (level.quantity().thousandths() != model[0] || level.value().fen() != model[1]) {
              return false;
            }
          }
        }
      }
      return true;
    });
  }
}
