package civil.relief.medical;

/** Whether a stored settlement stands or was reversed (冲正). */
public enum SettlementStatus {
  SETTLED,
  REVERSED
}
