package civil.relief.hardship;

import civil.core.identity.ResidentId;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** A {@link HardshipStore} in memory, for tests and embedding; one lock serialises writes. */
public final class InMemoryHardshipStore implements HardshipStore {
  private final TreeMap<ResidentId, HardshipRecipient> recipients = new TreeMap<>();
  private final List<HardshipPayment> payments = new ArrayList<>();

  @Override
  public synchronized Optional<HardshipRecipient> recipient(ResidentId residentId) {
    return Optional.ofNullable(recipients.get(residentId));
  }

  @Override
  public synchronized List<HardshipRecipient> recipients() {
    return List.copyOf(recipients.values());
  }

  @Override
  public synchronized HardshipRecipient update(ResidentId residentId,
      Function<Optional<HardshipRecipient>, HardshipRecipient> change) {
    HardshipRecipient next = change.apply(Optional.ofNullable(recipients.get(residentId)));
    recipients.put(residentId, next);
    return next;
  }

  @Override
  public synchronized List<HardshipPayment> recordPayments(YearMonth month,
      Function<Set<ResidentId>, List<HardshipPayment>> compute) {
    Set<ResidentId> paid = new HashSet<>();
    for (HardshipPayment p : payments) {
      if (p.month().equals(month)) {
        paid.add(p.residentId());
      }
    }
    List<HardshipPayment> made = compute.apply(paid);
    payments.addAll(made);
    return made;
  }

  @Override
  public synchronized List<HardshipPayment> payments(YearMonth from, YearMonth to) {
    return payments.stream().filter(p -> !p.month().isBefore(from) && !p.month().isAfter(to)).toList();
  }
}
