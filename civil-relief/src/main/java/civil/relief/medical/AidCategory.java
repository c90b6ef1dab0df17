package civil.relief.medical;

/**
 * The medical-aid category (救助对象类别) of a patient on the day a bill is settled. It fixes
 * the aid threshold, ratio and annual cap, and whether critical illness insurance tilts
 * (倾斜) in the patient's favour.
 */
public enum AidCategory {
  /** 特困人员: people under special hardship support. */
  EXTREMELY_POOR("特困人员"),
  /** 低保对象: members of subsistence-allowance households. */
  SUBSISTENCE("低保对象"),
  /** 低保边缘家庭成员: members of households just above the subsistence line. */
  LOW_INCOME("低保边缘家庭成员"),
  /** 防止返贫监测对象: people monitored against falling back into poverty. */
  MONITORED("防止返贫监测对象"),
  /** 因病致贫重病患者: seriously ill patients impoverished by their illness. */
  ILLNESS_POOR("因病致贫重病患者"),
  /** No category registered: insured, but no medical aid. */
  NONE("无救助身份");

  private final String chinese;

  AidCategory(String chinese) {
    this.chinese = chinese;
  }

  public String chinese() {
    return chinese;
  }
}
