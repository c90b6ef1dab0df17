package civil.relief.medical;

/** The level of a designated hospital (医院等级). */
public enum HospitalLevel {
  /** 一级及以下: community and township health centres. */
  PRIMARY("一级及以下医院"),
  /** 二级. */
  SECONDARY("二级医院"),
  /** 三级. */
  TERTIARY("三级医院");

  private final String chinese;

  HospitalLevel(String chinese) {
    this.chinese = chinese;
  }

  /** The name read out at the desk. */
  public String chinese() {
    return chinese;
  }
}
