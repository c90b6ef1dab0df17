package civil.relief.charity;

import civil.core.error.FieldProblem;
import civil.core.error.InvalidInputException;
import civil.core.identity.CreditCode;
import civil.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A donation to a campaign, with its receipt number (捐赠票据号, {@code 2026-000001}: sequential per
 * calendar year across the association, without gaps, never reused), the donor (a unit by its
 * credit code, or a person by name), the amount, the date and an optional restriction.
 */
@Value.Immutable
public abstract class Donation {
  public abstract String receiptNumber();

  public abstract String campaignId();

  public abstract String donorName();

  /** Present when the donor is a unit. */
  public abstract Optional<CreditCode> donorCreditCode();

  public abstract Money amount();

  public abstract LocalDate date();

  public abstract Optional<Purpose> restriction();

  public FundingBucket bucket() {
    return FundingBucket.of(restriction());
  }

  /** A donation as recorded or stored. */
  public static Donation of(String receiptNumber, String campaignId, String donorName, Optional<CreditCode> creditCode,
      Money amount, LocalDate date, Optional<Purpose> restriction) {
    return ImmutableDonation.builder().receiptNumber(receiptNumber).campaignId(campaignId).donorName(donorName)
        .donorCreditCode(creditCode).amount(amount).date(date).restriction(restriction).build();
  }

  /** Receipt numbers for {@code year}: {@code 2026-000001}, {@code 2026-000002}, … */
  public static String receiptNumber(int year, long sequence) {
    return String.format("%04d-%06d", year, sequence);
  }

  @Value.Check
  void check() {
    List<FieldProblem> problems = new ArrayList<>();
    if (!amount().isPositive() || amount().isGreaterThan(Money.ofYuan(10_000_000_000L))) {
      problems.add(new FieldProblem("amountFen", "must be positive and at most ¥10,000,000,000, was " + amount().fen()));
    }
    if (donorName().isBlank() || donorName().length() > 200) {
      problems.add(new FieldProblem("donorName", "is 1 to 200 characters"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("INVALID_DONATION", problems);
    }
  }
}
