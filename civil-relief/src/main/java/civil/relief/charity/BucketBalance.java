package civil.relief.charity;

import civil.core.money.Money;

/** One funding bucket of a campaign: donated = disbursed + balance, to the fen. */
public record BucketBalance(FundingBucket bucket, Money donated, Money disbursed, Money balance) {}
