package civil.relief.medical;

import civil.core.error.FieldProblem;
import civil.core.error.Inputs;
import civil.core.error.InvalidInputException;
import civil.core.identity.HospitalCode;
import civil.core.identity.ResidentId;
import civil.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A hospital bill to settle (结算单): one admission, or one month of outpatient special-disease
 * care. {@code inScope} (政策范围内费用) is the part the insurances recognise; the rest of
 * {@code total} is out of scope and paid by the patient.
 *
 * <p>A bill is settled at a designated hospital ({@link #hospital()}, channel {@code HOSPITAL})
 * or, with no hospital, as a manual claim at the bureau's desk (零星报销, channel {@code MANUAL}).
 * Bill numbers are each hospital's own, so a bill is known by its {@link #key()}: the hospital
 * (or the manual claims' namespace) and the bill id.
 *
 * <p>Checked on construction: {@code billId} is 1 to 64 printable ASCII characters;
 * {@code 0 ≤ inScope ≤ total ≤ }{@link #MAX_AMOUNT} (¥100,000,000, the bound on any single
 * amount, far above any bill, so that no sum of bills can overflow). Problems are reported under
 * the request's field names ({@code billId}, {@code totalFen}, {@code inScopeFen}).
 */
@Value.Immutable
public abstract class Bill {
  /** The largest amount a bill may carry. */
  public static final Money MAX_AMOUNT = Money.ofFen(Inputs.MAX_AMOUNT_FEN);

  /** Chosen by the hospital; unique within its hospital (or among manual claims). */
  public abstract String billId();

  /** The designated hospital that settles the bill; empty for a manual claim. */
  public abstract Optional<HospitalCode> hospital();

  public abstract ResidentId residentId();

  public abstract HospitalLevel hospitalLevel();

  public abstract CareType careType();

  /** The day the bill is settled; it picks the policy, the aid category and the policy year. */
  public abstract LocalDate settledOn();

  public abstract Money total();

  public abstract Money inScope();

  /** How the bill reached the bureau: through a hospital's desk, or as a manual claim. */
  public SettlementChannel channel() {
    return hospital().isPresent() ? SettlementChannel.HOSPITAL : SettlementChannel.MANUAL;
  }

  /** The bill's identity: {@code H41080200001/B-1} at a hospital, {@code MANUAL/B-1} for a manual claim. */
  public String key() {
    return hospital().map(HospitalCode::value).orElse(SettlementChannel.MANUAL.name()) + "/" + billId();
  }

  /** The part the insurances do not recognise: {@code total − inScope}. */
  public Money outOfScope() {
    return total().minus(inScope());
  }

  /** A manual claim, or a bill of no particular hospital (tests, simulations). */
  public static Bill of(String billId, ResidentId residentId, HospitalLevel hospitalLevel, CareType careType,
      LocalDate settledOn, Money total, Money inScope) {
    return of(Optional.empty(), billId, residentId, hospitalLevel, careType, settledOn, total, inScope);
  }

  /** A bill of {@code hospital}, or a manual claim when it is empty. */
  public static Bill of(Optional<HospitalCode> hospital, String billId, ResidentId residentId,
      HospitalLevel hospitalLevel, CareType careType, LocalDate settledOn, Money total, Money inScope) {
    return ImmutableBill.builder().billId(billId).hospital(hospital).residentId(residentId).hospitalLevel(hospitalLevel)
        .careType(careType).settledOn(settledOn).total(total).inScope(inScope).build();
  }

  private static boolean printable(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c <= 0x20 || c >= 0x7f) {
        return false;
      }
    }
    return true;
  }

  @Value.Check
  void check() {
    List<FieldProblem> problems = new ArrayList<>();
    if (billId().isEmpty() || billId().length() > 64 || !printable(billId())) {
      problems.add(new FieldProblem("billId", "is 1 to 64 printable ASCII characters without spaces"));
    }
    if (total().isNegative()) {
      problems.add(new FieldProblem("totalFen", "must not be negative, was " + total().fen()));
    } else if (total().isGreaterThan(MAX_AMOUNT)) {
      problems.add(new FieldProblem("totalFen", "must not exceed " + MAX_AMOUNT.fen() + " fen, was " + total().fen()));
    }
    if (inScope().isNegative()) {
      problems.add(new FieldProblem("inScopeFen", "must not be negative, was " + inScope().fen()));
    } else if (inScope().isGreaterThan(total())) {
      problems.add(new FieldProblem("inScopeFen",
          "must not exceed totalFen (" + total().fen() + "), was " + inScope().fen()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("INVALID_BILL", problems);
    }
  }
}
