package civil.relief.charity;

import civil.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * Money paid from a campaign to a beneficiary household for a purpose (慈善救助支出), with the
 * donations that funded it.
 */
@Value.Immutable
public abstract class Disbursement {
  public abstract String disbursementId();

  public abstract String campaignId();

  public abstract String householdId();

  public abstract Purpose purpose();

  public abstract Money amount();

  public abstract LocalDate date();

  public abstract List<Funding> fundedBy();

  /** A disbursement as funded or stored. */
  public static Disbursement of(String id, String campaignId, String householdId, Purpose purpose, Money amount,
      LocalDate date, List<Funding> fundedBy) {
    return ImmutableDisbursement.builder().disbursementId(id).campaignId(campaignId).householdId(householdId)
        .purpose(purpose).amount(amount).date(date).fundedBy(fundedBy).build();
  }
}
