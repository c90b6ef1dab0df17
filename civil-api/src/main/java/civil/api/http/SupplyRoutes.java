package civil.api.http;

import static civil.api.http.RouteTable.roles;

import civil.api.Services;
import civil.core.error.Inputs;
import civil.core.money.Money;
import civil.relief.supplies.GrainRationList;
import civil.relief.supplies.Movement;
import civil.relief.supplies.Quantity;
import civil.relief.supplies.Shortfall;
import civil.relief.supplies.StockLevel;
import civil.relief.supplies.SupplyCategory;
import civil.relief.supplies.SupplyItem;
import civil.relief.supplies.SupplyUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Relief supplies: items, receipts, issues, stock at a date, readiness and grain rations. */
public final class SupplyRoutes {
  private SupplyRoutes() {}

  record ItemRequest(String name, SupplyUnit unit, SupplyCategory category, Optional<BigDecimal> reserveTarget) {}

  record TargetRequest(BigDecimal reserveTarget) {}

  record ItemView(String itemId, String name, SupplyUnit unit, SupplyCategory category, BigDecimal reserveTarget) {
    static ItemView of(SupplyItem i) {
      return new ItemView(i.itemId(), i.name(), i.unit(), i.category(), i.reserveTarget().map(Quantity::toBigDecimal)
          .orElse(null));
    }
  }

  record ItemList(List<ItemView> items) {}

  record ReceiptRequest(LocalDate date, BigDecimal quantity, Long costFen, Movement.Source source,
      Optional<String> note) {}

  record IssueRequest(LocalDate date, BigDecimal quantity, Movement.Destination destination, String reference,
      String approver) {}

  record MovementView(String movementId, String itemId, Movement.Kind kind, LocalDate date, BigDecimal quantity,
      long valueFen, Movement.Source source, Movement.Destination destination, String reference, String approver,
      String note, String rationListId) {
    static MovementView of(Movement m) {
      return new MovementView(m.movementId(), m.itemId(), m.kind(), m.date(), m.quantity().toBigDecimal(),
          m.value().fen(), m.source().orElse(null), m.destination().orElse(null), m.reference().orElse(null),
          m.approver().orElse(null), m.note().orElse(null), m.rationListId().orElse(null));
    }
  }

  record MovementList(List<MovementView> movements) {}

  record StockView(String itemId, LocalDate date, BigDecimal quantity, long valueFen) {
    static StockView of(StockLevel s, LocalDate date) {
      return new StockView(s.itemId(), date, s.quantity().toBigDecimal(), s.value().fen());
    }
  }

  record StockList(LocalDate date, long totalValueFen, List<StockView> items) {}

  record ShortfallView(String itemId, String name, BigDecimal target, BigDecimal stock, BigDecimal shortfall) {
    static ShortfallView of(Shortfall s) {
      return new ShortfallView(s.item().itemId(), s.item().name(), s.target().toBigDecimal(), s.stock().toBigDecimal(),
          s.shortfall().toBigDecimal());
    }
  }

  record Readiness(LocalDate date, boolean ready, List<ShortfallView> belowTarget) {}

  record RationRequest(List<String> householdIds, Integer days, LocalDate date, String approver) {}

  record RationLineView(String householdId, int members, BigDecimal kilograms, List<MovementView> issues) {}

  record RationView(String rationListId, LocalDate date, int days, int gramsPerPersonPerDay,
      BigDecimal totalKilograms, List<RationLineView> lines) {
    static RationView of(GrainRationList r) {
      return new RationView(r.rationListId(), r.date(), r.days(), r.gramsPerPersonPerDay(), r.totalKilograms().toBigDecimal(),
          r.lines().stream().map(l -> new RationLineView(l.householdId(), l.members(), l.kilograms().toBigDecimal(),
              l.issues().stream().map(MovementView::of).toList())).toList());
    }
  }

  static Quantity quantity(String field, BigDecimal value) {
    return Inputs.parse(field, () -> Quantity.of(value));
  }

  static void register(RouteTable routes, Services s) {
    routes.post("/api/v1/supplies/items", "Add a supply item", roles(Role.CASEWORKER), ItemRequest.class,
        ItemView.class, 201, call -> {
          ItemRequest r = call.body(ItemRequest.class);
          return ItemView.of(s.supplies().addItem(r.name(), r.unit(), r.category(),
              r.reserveTarget().map(t -> quantity("reserveTarget", t))));
        });
    routes.get("/api/v1/supplies/items", "Every supply item", roles(Role.CASEWORKER, Role.AUDITOR), ItemList.class,
        call -> new ItemList(s.supplies().items().stream().map(ItemView::of).toList()));
    routes.put("/api/v1/supplies/items/{itemId}/reserve-target", "Set an item's flood-season reserve target",
        roles(Role.CASEWORKER), TargetRequest.class, ItemView.class, call -> {
          Quantity target = quantity("reserveTarget", call.body(TargetRequest.class).reserveTarget());
          return ItemView.of(s.supplies().setReserveTarget(call.path("itemId"), target));
        });
    routes.post("/api/v1/supplies/items/{itemId}/receipts", "Record a receipt (入库) with its cost",
        roles(Role.CASEWORKER), ReceiptRequest.class, MovementView.class, 201, call -> {
          ReceiptRequest r = call.body(ReceiptRequest.class);
          return MovementView.of(s.supplies().receive(call.path("itemId"), r.date(), quantity("quantity", r.quantity()),
              Fields.fen("costFen", r.costFen()), r.source(), r.note()));
        });
    routes.post("/api/v1/supplies/items/{itemId}/issues", "Record an issue (出库), valued at moving average cost",
        roles(Role.CASEWORKER), IssueRequest.class, MovementView.class, 201, call -> {
          IssueRequest r = call.body(IssueRequest.class);
          return MovementView.of(s.supplies().issue(call.path("itemId"), r.date(), quantity("quantity", r.quantity()),
              r.destination(), r.reference(), r.approver()));
        });
    routes.get("/api/v1/supplies/items/{itemId}/movements", "An item's movements", roles(Role.CASEWORKER, Role.AUDITOR),
        MovementList.class,
        call -> new MovementList(s.supplies().movements(call.path("itemId")).stream().map(MovementView::of).toList()));
    routes.get("/api/v1/supplies/stock", "Stock and value of every item at the end of a day (?date=)",
        roles(Role.CASEWORKER, Role.AUDITOR), StockList.class, call -> {
          LocalDate date = call.queryDate("date");
          List<StockLevel> levels = s.supplies().stockOn(date);
          return new StockList(date, Money.total(levels.stream().map(StockLevel::value).toList()).fen(),
              levels.stream().map(l -> StockView.of(l, date)).toList());
        });
    routes.get("/api/v1/supplies/readiness", "Items below their flood-season reserve target (?date=)",
        roles(Role.CASEWORKER, Role.AUDITOR), Readiness.class, call -> {
          LocalDate date = call.queryDate("date");
          List<Shortfall> below = s.supplies().readiness(date);
          return new Readiness(date, below.isEmpty(), below.stream().map(ShortfallView::of).toList());
        });
    routes.post("/api/v1/supplies/grain-rations", "Issue spring-famine grain rations, all or none",
        roles(Role.CASEWORKER), RationRequest.class, RationView.class, 201, call -> {
          RationRequest r = call.body(RationRequest.class);
          return RationView.of(s.supplies().issueGrainRations(r.householdIds(), r.days(), r.date(), r.approver()));
        }).runsLong();
  }
}
