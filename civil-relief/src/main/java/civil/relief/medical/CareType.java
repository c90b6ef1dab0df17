package civil.relief.medical;

/** What a bill covers: one admission, or one month of outpatient special-disease care. */
public enum CareType {
  /** 住院: one admission. */
  INPATIENT("住院"),
  /** 门诊慢特病: a month of outpatient care for a chronic or special disease. */
  OUTPATIENT_SPECIAL("门诊慢特病");

  private final String chinese;

  CareType(String chinese) {
    this.chinese = chinese;
  }

  public String chinese() {
    return chinese;
  }
}
