package civil.relief.hospital;

import static java.util.Objects.requireNonNull;

import civil.core.error.InvalidInputException;
import civil.core.error.RefusedException;
import civil.relief.medical.Bill;
import civil.relief.medical.HospitalLevel;
import civil.relief.medical.Settlement;
import civil.relief.medical.SettlementDesk;
import civil.relief.medical.SettlementOutcome;
import java.util.Optional;

/**
 * Settlement through the registry of designated hospitals: the hospital's level on the bill's day
 * comes from the registry (a different level in the claim is refused), a hospital that may not
 * settle that day is refused before anything is stored, and a claim without a hospital is a manual
 * claim that names its level. Then the {@link SettlementDesk} settles the bill, or previews it.
 */
public final class HospitalDesk {
  private final HospitalRegistry registry;
  private final SettlementDesk desk;

  public HospitalDesk(HospitalRegistry registry, SettlementDesk desk) {
    this.registry = requireNonNull(registry);
    this.desk = requireNonNull(desk);
  }

  /**
   * The bill a claim stands for.
   *
   * @throws civil.core.error.NotFoundException if the hospital is not registered
   * @throws RefusedException {@code HOSPITAL_NOT_DESIGNATED} if it may not settle on the bill's
   *     day, {@code HOSPITAL_LEVEL_MISMATCH} if the claim names another level than the registry's
   * @throws InvalidInputException {@code MISSING_FIELD} for a manual claim without a level
   */
  public Bill bill(SettlementClaim claim) {
    HospitalLevel level;
    if (claim.hospital().isPresent()) {
      DesignatedHospital hospital = registry.hospital(claim.hospital().get());
      level = hospital.settlingLevelOn(claim.settledOn());
      Optional<HospitalLevel> named = claim.hospitalLevel();
      if (named.isPresent() && named.get() != level) {
        throw new RefusedException("HOSPITAL_LEVEL_MISMATCH", "hospital " + hospital.code() + " is " + level + " on "
            + claim.settledOn() + " in the registry, not " + named.get());
      }
    } else {
      level = claim.hospitalLevel().orElseThrow(() -> new InvalidInputException("MISSING_FIELD", "hospitalLevel",
          "a manual claim (no hospitalCode) names its hospital level"));
    }
    return Bill.of(claim.hospital(), claim.billId(), claim.residentId(), level, claim.careType(), claim.settledOn(),
        claim.total(), claim.inScope());
  }

  /** Settles a claim, or returns its standing settlement when the same bill comes again. */
  public SettlementOutcome settle(SettlementClaim claim) {
    return desk.settle(bill(claim));
  }

  /** What settling the claim would give now (预结算): nothing is stored and no total changes. */
  public Settlement preview(SettlementClaim claim) {
    return desk.preview(bill(claim));
  }
}
