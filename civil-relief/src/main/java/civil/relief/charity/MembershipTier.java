package civil.relief.charity;

/** A unit's tier in the charity association; it fixes the yearly due. */
public enum MembershipTier {
  /** 会员单位. */
  MEMBER("会员单位"),
  /** 理事单位. */
  COUNCIL("理事单位"),
  /** 常务理事单位. */
  EXECUTIVE_COUNCIL("常务理事单位");

  private final String chinese;

  MembershipTier(String chinese) {
    this.chinese = chinese;
  }

  public String chinese() {
    return chinese;
  }
}
