package civil.relief.temporary;

/** What befell the household. */
public enum ReliefCause {
  /** 火灾. */
  FIRE,
  /** 意外事故. */
  ACCIDENT,
  /** 突发重病. */
  SUDDEN_ILLNESS,
  /** 自然灾害. */
  DISASTER,
  /** 其他. */
  OTHER
}
