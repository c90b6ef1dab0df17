package civil.relief.charity;

import civil.core.money.Money;

/** The part of a disbursement one donation paid, and from which bucket. */
public record Funding(String receiptNumber, FundingBucket bucket, Money amount) {}
