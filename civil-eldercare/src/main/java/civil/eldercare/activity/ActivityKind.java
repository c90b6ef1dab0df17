package civil.eldercare.activity;

/** The three kinds of "three smalls" activity. */
public enum ActivityKind {
  /** 小比赛. */
  CONTEST("小比赛"),
  /** 小表演. */
  PERFORMANCE("小表演"),
  /** 小讲座. */
  LECTURE("小讲座");

  private final String chinese;

  ActivityKind(String chinese) {
    this.chinese = chinese;
  }

  public String chinese() {
    return chinese;
  }
}
