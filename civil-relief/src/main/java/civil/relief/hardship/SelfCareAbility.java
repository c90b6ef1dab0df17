package civil.relief.hardship;

/** How far a person can look after themselves (生活自理能力); it fixes the care allowance. */
public enum SelfCareAbility {
  /** 全自理. */
  FULL("全自理"),
  /** 半自理. */
  PARTIAL("半自理"),
  /** 全护理 (cannot look after themselves). */
  NONE("全护理");

  private final String chinese;

  SelfCareAbility(String chinese) {
    this.chinese = chinese;
  }

  public String chinese() {
    return chinese;
  }
}
