package civil.relief.hardship;

import civil.core.identity.ResidentId;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Port: the roll of hardship recipients and the payments made to them. */
public interface HardshipStore {
  Optional<HardshipRecipient> recipient(ResidentId residentId);

  /** Every recipient on the roll, by resident ID. */
  List<HardshipRecipient> recipients();

  /**
   * Replaces the resident's entry by {@code change} applied to the stored one (empty when none),
   * atomically; if {@code change} throws, nothing is stored.
   */
  HardshipRecipient update(ResidentId residentId, Function<Optional<HardshipRecipient>, HardshipRecipient> change);

  /**
   * Records the payments {@code compute} returns for {@code month}, given the residents already
   * paid for it; atomic with respect to other payments of the same month.
   */
  List<HardshipPayment> recordPayments(YearMonth month, Function<Set<ResidentId>, List<HardshipPayment>> compute);

  /** Payments for the months {@code from} to {@code to}, inclusive. */
  List<HardshipPayment> payments(YearMonth from, YearMonth to);
}
