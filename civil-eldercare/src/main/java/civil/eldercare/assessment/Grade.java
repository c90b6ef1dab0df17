package civil.eldercare.assessment;

/** A home's grade for a period. {@code PASS} or better earns a share of the award. */
public enum Grade {
  EXCELLENT("优秀"),
  GOOD("良好"),
  PASS("合格"),
  FAIL("不合格");

  private final String chinese;

  Grade(String chinese) {
    this.chinese = chinese;
  }

  public String chinese() {
    return chinese;
  }

  /** Whether the grade earns a share of the award in lieu of subsidy. */
  public boolean earnsAward() {
    return this != FAIL;
  }
}
