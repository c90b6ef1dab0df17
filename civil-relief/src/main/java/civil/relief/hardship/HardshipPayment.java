package civil.relief.hardship;

import civil.core.identity.AreaCode;
import civil.core.identity.ResidentId;
import civil.core.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import org.immutables.value.Value;

/** One month of special hardship support paid to one person. */
@Value.Immutable
public abstract class HardshipPayment {
  public abstract ResidentId residentId();

  public abstract AreaCode subdistrict();

  /** The month paid for; the report counts the payment in that month. */
  public abstract YearMonth month();

  public abstract LocalDate paidOn();

  public abstract Money basic();

  public abstract Money careAllowance();

  public Money amount() {
    return basic().plus(careAllowance());
  }

  public static HardshipPayment of(HardshipRecipient recipient, YearMonth month, LocalDate paidOn,
      HardshipEntitlement entitlement) {
    return of(recipient.residentId(), recipient.subdistrict(), month, paidOn, entitlement);
  }

  /** A payment as stored. */
  public static HardshipPayment of(ResidentId residentId, AreaCode subdistrict, YearMonth month, LocalDate paidOn,
      HardshipEntitlement entitlement) {
    return ImmutableHardshipPayment.builder().residentId(residentId).subdistrict(subdistrict)
        .month(month).paidOn(paidOn).basic(entitlement.basic()).careAllowance(entitlement.careAllowance()).build();
  }
}
