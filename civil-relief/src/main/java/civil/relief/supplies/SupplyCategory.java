package civil.relief.supplies;

/** What kind of supply an item is. */
public enum SupplyCategory {
  /** 帐篷. */
  TENT("帐篷"),
  /** 棉被. */
  QUILT("棉被"),
  /** 衣物. */
  CLOTHING("衣物"),
  /** 粮食. */
  GRAIN("粮食"),
  /** 饮用水. */
  WATER("饮用水"),
  /** 工具. */
  TOOLS("工具"),
  /** 药品. */
  MEDICINE("药品");

  private final String chinese;

  SupplyCategory(String chinese) {
    this.chinese = chinese;
  }

  public String chinese() {
    return chinese;
  }
}
