package civil.village.openness;

/** The grade of an openness inspection. */
public enum Grade {
  /** 优秀. */
  EXCELLENT,
  /** 良好. */
  GOOD,
  /** 合格. */
  PASS,
  /** 不合格. */
  FAIL
}
