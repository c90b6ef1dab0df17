package civil.relief.medical;

/** How a bill reached the settlement desk. */
public enum SettlementChannel {
  /** Settled in one step at a designated hospital's desk (一站式结算). */
  HOSPITAL,
  /** A manual claim (零星报销) settled at the bureau's desk afterwards, for care outside the network. */
  MANUAL
}
