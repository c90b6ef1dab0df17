package civil.eldercare.volunteer;

/** What a volunteer can do and what an elder needs (服务领域). */
public enum ServiceDomain {
  /** 健康. */
  HEALTH("健康"),
  /** 权益. */
  RIGHTS("权益"),
  /** 兴趣爱好. */
  HOBBY("兴趣爱好"),
  /** 文艺表演. */
  PERFORMANCE("文艺表演"),
  /** 精神慰藉. */
  COMPANIONSHIP("精神慰藉"),
  /** 家务. */
  HOUSEKEEPING("家务");

  private final String chinese;

  ServiceDomain(String chinese) {
    this.chinese = chinese;
  }

  public String chinese() {
    return chinese;
  }
}
