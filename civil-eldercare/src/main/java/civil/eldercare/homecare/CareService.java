package civil.eldercare.homecare;

/** The services of home care. */
public enum CareService {
  /** 家政服务. */
  HOUSEKEEPING("家政服务"),
  /** 精神慰藉. */
  COMPANIONSHIP("精神慰藉"),
  /** 日常保健. */
  HEALTH_CARE("日常保健");

  private final String chinese;

  CareService(String chinese) {
    this.chinese = chinese;
  }

  public String chinese() {
    return chinese;
  }
}
