package civil.relief.hospital;

import static java.util.Objects.requireNonNull;

import civil.core.money.Money;
import civil.relief.medical.SettlementStatus;
import java.util.Optional;

/**
 * One settlement as the hospital's own books have it, for a day's reconciliation: the settlement
 * id the bureau answered with (empty when the hospital never received one), its bill, its status
 * as the hospital last knows it, and its amounts.
 */
public record HospitalRow(Optional<String> settlementId, String billId, SettlementStatus status, Money total,
    Money basicInsurance, Money criticalIllness, Money medicalAid, Money selfPay) {
  public HospitalRow {
    requireNonNull(settlementId, "settlementId");
    requireNonNull(billId, "billId");
    requireNonNull(status, "status");
    requireNonNull(total, "total");
    requireNonNull(basicInsurance, "basicInsurance");
    requireNonNull(criticalIllness, "criticalIllness");
    requireNonNull(medicalAid, "medicalAid");
    requireNonNull(selfPay, "selfPay");
  }
}
