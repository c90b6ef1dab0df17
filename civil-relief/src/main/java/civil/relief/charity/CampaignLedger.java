package civil.relief.charity;

import civil.core.error.RefusedException;
import civil.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A campaign's money as its donations and disbursements leave it: what is left of each donation,
 * the balance of each bucket, and how a new disbursement is funded.
 *
 * <p>Funding is deterministic: donations restricted to the purpose first, then unrestricted
 * ones, each oldest first (by date, then receipt number), only donations dated on or before the
 * disbursement. A disbursement larger than the money available for its purpose is refused
 * whole ({@code INSUFFICIENT_FUNDS}).
 */
public final class CampaignLedger {
  private static final Comparator<Donation> OLDEST_FIRST =
      Comparator.comparing(Donation::date).thenComparing(Comparator.comparing(Donation::receiptNumber));

  private final List<Donation> donations;
  private final Map<String, Money> remaining = new LinkedHashMap<>();
  private final Map<FundingBucket, Money> donated = new EnumMap<>(FundingBucket.class);
  private final Map<FundingBucket, Money> disbursed = new EnumMap<>(FundingBucket.class);

  private CampaignLedger(List<Donation> donations, List<Disbursement> disbursements) {
    this.donations = donations.stream().sorted(OLDEST_FIRST).toList();
    for (FundingBucket b : FundingBucket.values()) {
      donated.put(b, Money.zero());
      disbursed.put(b, Money.zero());
    }
    for (Donation d : this.donations) {
      remaining.put(d.receiptNumber(), d.amount());
      donated.merge(d.bucket(), d.amount(), Money::plus);
    }
    for (Disbursement x : disbursements) {
      for (Funding f : x.fundedBy()) {
        remaining.merge(f.receiptNumber(), f.amount(), Money::minus);
        disbursed.merge(f.bucket(), f.amount(), Money::plus);
      }
    }
  }

  public static CampaignLedger of(List<Donation> donations, List<Disbursement> disbursements) {
    return new CampaignLedger(donations, disbursements);
  }

  /** Money available for {@code purpose} on {@code date}: its restricted balance plus the unrestricted. */
  public Money available(Purpose purpose, LocalDate date) {
    Money total = Money.zero();
    for (Donation d : donations) {
      if (!d.date().isAfter(date) && (d.bucket() == purpose.bucket() || d.bucket() == FundingBucket.UNRESTRICTED)) {
        total = total.plus(remaining.get(d.receiptNumber()));
      }
    }
    return total;
  }

  /**
   * The donations that fund {@code amount} for {@code purpose} on {@code date}.
   *
   * @throws RefusedException {@code INSUFFICIENT_FUNDS} if the money available cannot cover it
   */
  public List<Funding> fund(Purpose purpose, Money amount, LocalDate date) {
    Money available = available(purpose, date);
    if (amount.isGreaterThan(available)) {
      throw new RefusedException("INSUFFICIENT_FUNDS", "only " + available.format() + " is available for "
          + purpose + " on " + date + "; " + amount.format() + " cannot be disbursed");
    }
    List<Funding> funding = new ArrayList<>();
    Money due = amount;
    for (FundingBucket bucket : List.of(purpose.bucket(), FundingBucket.UNRESTRICTED)) {
      for (Donation d : donations) {
        if (due.isZero()) {
          return funding;
        }
        Money left = remaining.get(d.receiptNumber());
        if (d.bucket() == bucket && !d.date().isAfter(date) && left.isPositive()) {
          Money take = left.min(due);
          funding.add(new Funding(d.receiptNumber(), bucket, take));
          due = due.minus(take);
        }
      }
    }
    return funding;
  }

  /** Every bucket's donated, disbursed and balance. */
  public List<BucketBalance> balances() {
    List<BucketBalance> list = new ArrayList<>();
    for (FundingBucket b : FundingBucket.values()) {
      list.add(new BucketBalance(b, donated.get(b), disbursed.get(b), donated.get(b).minus(disbursed.get(b))));
    }
    return list;
  }

  /** What is left of one donation. */
  public Money remainingOf(String receiptNumber) {
    return remaining.getOrDefault(receiptNumber, Money.zero());
  }
}
