package civil.eldercare.volunteer;

/** The form of service, by the number of volunteers a need asks for. */
public enum ServiceForm {
  /** 一对一: one volunteer. */
  ONE_TO_ONE,
  /** 二对一: two volunteers. */
  TWO_TO_ONE,
  /** 多对一: three to five volunteers. */
  MANY_TO_ONE;

  public static ServiceForm of(int volunteersNeeded) {
    return volunteersNeeded <= 1 ? ONE_TO_ONE : volunteersNeeded == 2 ? TWO_TO_ONE : MANY_TO_ONE;
  }
}
