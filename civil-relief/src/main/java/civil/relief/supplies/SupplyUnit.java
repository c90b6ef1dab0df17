package civil.relief.supplies;

/** The unit an item is counted in. */
public enum SupplyUnit {
  /** 件. */
  PIECE("件"),
  /** 顶 (tents). */
  TENT("顶"),
  /** 床 (quilts, bedding). */
  BED("床"),
  /** kg. */
  KG("kg"),
  /** 箱. */
  BOX("箱");

  private final String symbol;

  SupplyUnit(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }
}
