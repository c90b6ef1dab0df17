package civil.relief.charity;

/** What charity money is for: living (基本生活), medical (医疗) or education (教育) aid. */
public enum Purpose {
  LIVING("基本生活"),
  MEDICAL("医疗"),
  EDUCATION("教育");

  private final String chinese;

  Purpose(String chinese) {
    this.chinese = chinese;
  }

  public String chinese() {
    return chinese;
  }

  /** The bucket a donation restricted to this purpose goes to. */
  public FundingBucket bucket() {
    return FundingBucket.valueOf(name());
  }
}
