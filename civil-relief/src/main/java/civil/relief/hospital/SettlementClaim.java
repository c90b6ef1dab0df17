package civil.relief.hospital;

import static java.util.Objects.requireNonNull;

import civil.core.identity.HospitalCode;
import civil.core.identity.ResidentId;
import civil.core.money.Money;
import civil.relief.medical.CareType;
import civil.relief.medical.HospitalLevel;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A bill as a hospital's billing system (or the bureau's desk, for a manual claim) sends it: the
 * hospital and the level are optional here, and {@link HospitalDesk} resolves them against the
 * registry before anything is settled.
 */
public record SettlementClaim(Optional<HospitalCode> hospital, String billId, ResidentId residentId,
    Optional<HospitalLevel> hospitalLevel, CareType careType, LocalDate settledOn, Money total, Money inScope) {
  public SettlementClaim {
    requireNonNull(hospital, "hospital");
    requireNonNull(billId, "billId");
    requireNonNull(residentId, "residentId");
    requireNonNull(hospitalLevel, "hospitalLevel");
    requireNonNull(careType, "careType");
    requireNonNull(settledOn, "settledOn");
    requireNonNull(total, "total");
    requireNonNull(inScope, "inScope");
  }
}
