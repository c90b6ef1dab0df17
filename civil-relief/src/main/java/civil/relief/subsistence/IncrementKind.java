package civil.relief.subsistence;

/**
 * The classified increments (分类施保), in the order that breaks a tie: a member who qualifies
 * for two at the same rate receives the first.
 */
public enum IncrementKind {
  /** 重度残疾 (disability grade 1-2). */
  SEVERELY_DISABLED("重度残疾"),
  /** 重病. */
  SERIOUSLY_ILL("重病"),
  /** 80周岁以上. */
  AGED_80_PLUS("80周岁以上老人"),
  /** A minor in a single-parent or orphan household (单亲/孤儿家庭未成年人). */
  MINOR_IN_SINGLE_PARENT_OR_ORPHAN_HOUSEHOLD("单亲或孤儿家庭未成年人");

  private final String chinese;

  IncrementKind(String chinese) {
    this.chinese = chinese;
  }

  public String chinese() {
    return chinese;
  }
}
