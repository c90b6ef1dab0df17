package civil.relief.household;

/** Whether a household falls under the urban or the rural subsistence standard (城市/农村低保). */
public enum AreaType {
  URBAN("城市"),
  RURAL("农村");

  private final String chinese;

  AreaType(String chinese) {
    this.chinese = chinese;
  }

  public String chinese() {
    return chinese;
  }
}
