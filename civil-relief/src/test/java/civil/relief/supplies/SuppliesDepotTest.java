package civil.relief.supplies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.core.error.RefusedException;
import civil.core.identity.AreaCode;
import civil.core.identity.ResidentId;
import civil.core.money.Money;
import civil.relief.household.AreaType;
import civil.relief.household.Household;
import civil.relief.household.HouseholdMember;
import civil.relief.household.HouseholdRegistry;
import civil.relief.household.InMemoryHouseholdStore;
import civil.relief.policy.ReliefPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuppliesDepotTest {
  private static final LocalDate D1 = LocalDate.of(2026, 3, 1);
  private static final LocalDate D2 = LocalDate.of(2026, 3, 2);
  private static final LocalDate D3 = LocalDate.of(2026, 3, 3);

  private final HouseholdRegistry households = new HouseholdRegistry(ReliefPolicy.defaultRegistry(), new InMemoryHouseholdStore());
  private final InMemorySuppliesStore store = new InMemorySuppliesStore();
  private final SuppliesDepot depot = new SuppliesDepot(ReliefPolicy.defaultRegistry(), store, households);

  private String tents() {
    return depot.addItem("救灾帐篷", SupplyUnit.TENT, SupplyCategory.TENT, Optional.of(Quantity.ofUnits(50))).itemId();
  }

  @Test
  void anIssueIsValuedAtMovingAverageCostAndTheLastUnitTakesWhatIsLeft() {
    String t = tents();
    depot.receive(t, D1, Quantity.ofUnits(3), Money.ofFen(100), Movement.Source.PURCHASE, Optional.empty());
    Movement first = depot.issue(t, D2, Quantity.ofUnits(1), Movement.Destination.DISASTER_EVENT, "2026汛期", "李四");
    assertEquals(Money.ofFen(33), first.value());
    Movement second = depot.issue(t, D2, Quantity.ofUnits(1), Movement.Destination.DISASTER_EVENT, "2026汛期", "李四");
    assertEquals(Money.ofFen(34), second.value()); // 1 × 67 ÷ 2 = 33.5 → 34
    Movement last = depot.issue(t, D3, Quantity.ofUnits(1), Movement.Destination.HOUSEHOLD, "HH-000001", "李四");
    assertEquals(Money.ofFen(33), last.value());
    assertEquals(new StockLevel(t, Quantity.zero(), Money.zero()), depot.stockOn(t, D3));
  }

  @Test
  void aReceiptAtAnotherPriceMovesTheAverage() {
    String t = tents();
    depot.receive(t, D1, Quantity.ofUnits(10), Money.ofYuan(3_000), Movement.Source.PURCHASE, Optional.empty());
    depot.receive(t, D2, Quantity.ofUnits(10), Money.ofYuan(5_000), Movement.Source.DONATION, Optional.of("爱心企业捐赠"));
    Movement issue = depot.issue(t, D3, Quantity.ofUnits(5), Movement.Destination.DISASTER_EVENT, "e", "a");
    assertEquals(Money.ofYuan(2_000), issue.value());
    assertEquals(new StockLevel(t, Quantity.ofUnits(15), Money.ofYuan(6_000)), depot.stockOn(t, D3));
    assertEquals(new StockLevel(t, Quantity.ofUnits(10), Money.ofYuan(3_000)), depot.stockOn(t, D1));
    assertEquals(StockLevel.empty(t), depot.stockOn(t, LocalDate.of(2026, 2, 28)));
  }

  @Test
  void anIssueLargerThanTheStockIsRefusedAndChangesNothing() {
    String t = tents();
    depot.receive(t, D1, Quantity.ofUnits(2), Money.ofYuan(600), Movement.Source.PURCHASE, Optional.empty());
    RefusedException e = assertThrows(RefusedException.class,
        () -> depot.issue(t, D2, Quantity.ofUnits(3), Movement.Destination.DISASTER_EVENT, "e", "a"));
    assertEquals("INSUFFICIENT_STOCK", e.code());
    assertEquals(1, store.movements(t).size());
    assertEquals(Quantity.ofUnits(2), depot.stockOn(t, D3).quantity());
  }

  @Test
  void aReceiptThatWouldTakeTheStockPastTheLargestQuantityIsRefusedAndTheStockStaysReadable() {
    String t = tents();
    depot.receive(t, D1, Quantity.ofUnits(600_000_000), Money.ofYuan(1), Movement.Source.PURCHASE, Optional.empty());
    RefusedException e = assertThrows(RefusedException.class, () -> depot.receive(t, D2,
        Quantity.ofUnits(400_000_001), Money.ofYuan(1), Movement.Source.PURCHASE, Optional.empty()));
    assertEquals("STOCK_LIMIT", e.code());
    assertEquals(1, store.movements(t).size());
    // up to the largest quantity exactly is taken, and every read and issue still works after it
    depot.receive(t, D2, Quantity.ofUnits(400_000_000), Money.ofYuan(1), Movement.Source.PURCHASE, Optional.empty());
    assertEquals(Quantity.MAX, depot.stockOn(t, D3).quantity());
    assertEquals(List.of(), depot.readiness(D3));
    depot.issue(t, D3, Quantity.ofUnits(1), Movement.Destination.DISASTER_EVENT, "e", "a");
    assertEquals("STOCK_LIMIT", assertThrows(RefusedException.class, () -> depot.receive(t, D3,
        Quantity.ofThousandths(1_001), Money.ofYuan(1), Movement.Source.PURCHASE, Optional.empty())).code());
  }

  @Test
  void movementsAreRecordedInDateOrder() {
    String t = tents();
    depot.receive(t, D2, Quantity.ofUnits(2), Money.ofYuan(600), Movement.Source.PURCHASE, Optional.empty());
    assertEquals("MOVEMENT_OUT_OF_ORDER", assertThrows(RefusedException.class,
        () -> depot.receive(t, D1, Quantity.ofUnits(1), Money.ofYuan(300), Movement.Source.PURCHASE, Optional.empty())).code());
  }

  @Test
  void theReadinessCheckListsItemsBelowTheirReserveTarget() {
    String t = tents();
    String quilts = depot.addItem("棉被", SupplyUnit.BED, SupplyCategory.QUILT, Optional.of(Quantity.ofUnits(100))).itemId();
    depot.addItem("铁锹", SupplyUnit.PIECE, SupplyCategory.TOOLS, Optional.empty());
    depot.receive(t, D1, Quantity.ofUnits(20), Money.ofYuan(6_000), Movement.Source.PURCHASE, Optional.empty());
    depot.receive(quilts, D1, Quantity.ofUnits(100), Money.ofYuan(15_000), Movement.Source.PURCHASE, Optional.empty());
    List<Shortfall> below = depot.readiness(D2);
    assertEquals(1, below.size());
    assertEquals(t, below.get(0).item().itemId());
    assertEquals(Quantity.ofUnits(30), below.get(0).shortfall());
  }

  private String household(String first17, int members) {
    List<HouseholdMember> list = new ArrayList<>();
    for (int i = 0; i < members; i++) {
      list.add(HouseholdMember.of(ResidentId.ofFirst17(first17.substring(0, 16) + i), Money.zero(), Money.zero(), false, false));
    }
    return households.register(AreaCode.parse("410802002"), Optional.empty(),
        Household.of(AreaType.RURAL, false, false, list), D1).householdId();
  }

  @Test
  void grainRationsAreIssuedFromGrainItemsInIdOrderForEveryHouseholdOrNone() {
    String rice = depot.addItem("大米", SupplyUnit.KG, SupplyCategory.GRAIN, Optional.empty()).itemId();
    String flour = depot.addItem("面粉", SupplyUnit.KG, SupplyCategory.GRAIN, Optional.empty()).itemId();
    depot.receive(rice, D1, Quantity.parse("40"), Money.ofYuan(200), Movement.Source.PURCHASE, Optional.empty());
    depot.receive(flour, D1, Quantity.parse("100"), Money.ofYuan(400), Movement.Source.PURCHASE, Optional.empty());
    String h3 = household("41080219600101000", 3);
    String h2 = household("41080219600201000", 2);
    // 0.5 kg × 30 days × 3 = 45 kg; × 2 = 30 kg: 75 kg of 140
    GrainRationList list = depot.issueGrainRations(List.of(h3, h2), 30, D2, "王五");
    assertEquals(Quantity.parse("75"), list.totalKilograms());
    assertEquals(List.of(rice, flour), list.lines().get(0).issues().stream().map(Movement::itemId).toList());
    assertEquals(Quantity.parse("40"), list.lines().get(0).issues().get(0).quantity());
    assertEquals(Quantity.parse("65"), depot.stockOn(flour, D2).quantity());
    // 65 kg left; 3 people for 60 days need 90: nothing is issued
    String h3b = household("41080219600301000", 3);
    int before = store.movements(flour).size();
    assertThrows(RefusedException.class, () -> depot.issueGrainRations(List.of(h2, h3b), 60, D3, "王五"));
    assertEquals(before, store.movements(flour).size());
    assertTrue(depot.stockOn(rice, D3).quantity().isZero());
  }
}
