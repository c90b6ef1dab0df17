package civil.village.openness;

/** How often an item of the catalogue is published. */
public enum Frequency {
  /** Each month, period written {@code 2026-03}. */
  MONTHLY,
  /** Each quarter, period written {@code 2026-Q1}. */
  QUARTERLY,
  /** After each event that calls for it (a subsidy paid, a project, a land compensation, a decision). */
  ON_EVENT
}
