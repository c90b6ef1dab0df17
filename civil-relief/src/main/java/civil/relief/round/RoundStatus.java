package civil.relief.round;

/** Where a round stands: drafted (拟定), approved (审批), paid (发放). */
public enum RoundStatus {
  DRAFT,
  APPROVED,
  PAID
}
