package civil.relief.medical;

import civil.core.identity.HospitalCode;
import civil.core.identity.ResidentId;
import civil.core.period.PolicyYear;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * A {@link SettlementLedger} in memory, for tests and embedding. One lock serialises all atomic
 * work; writes are staged in the transaction and applied only when the work returns.
 */
public final class InMemorySettlementLedger implements SettlementLedger {
  private final ReentrantLock lock = new ReentrantLock();
  private final Map<String, SettlementRecord> settlements = new LinkedHashMap<>();
  private final Map<String, List<String>> byBill = new HashMap<>();
  private final Map<ResidentYear, YearToDate> totals = new HashMap<>();
  private long sequence;

  private record ResidentYear(ResidentId resident, PolicyYear year) {}

  @Override
  public <T> T atomically(String billKey, ResidentId residentId, Function<Transaction, T> work) {
    lock.lock();
    try {
      Staged tx = new Staged();
      T result = work.apply(tx);
      tx.apply();
      return result;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public Optional<SettlementRecord> find(String settlementId) {
    lock.lock();
    try {
      return Optional.ofNullable(settlements.get(settlementId));
    } finally {
      lock.unlock();
    }
  }

  @Override
  public YearToDate yearToDate(ResidentId residentId, PolicyYear year) {
    lock.lock();
    try {
      return totals.getOrDefault(new ResidentYear(residentId, year), YearToDate.zero());
    } finally {
      lock.unlock();
    }
  }

  @Override
  public List<SettlementRecord> settledOrReversedBetween(LocalDate from, LocalDate to) {
    lock.lock();
    try {
      List<SettlementRecord> found = new ArrayList<>();
      for (SettlementRecord r : settlements.values()) {
        if (within(r.bill().settledOn(), from, to) || r.reversedOn().map(d -> within(d, from, to)).orElse(false)) {
          found.add(r);
        }
      }
      return found;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public List<SettlementRecord> ofHospital(HospitalCode hospital, LocalDate from, LocalDate to) {
    lock.lock();
    try {
      List<SettlementRecord> found = new ArrayList<>();
      for (SettlementRecord r : settlements.values()) {
        if (r.bill().hospital().filter(hospital::equals).isPresent() && within(r.bill().settledOn(), from, to)) {
          found.add(r);
        }
      }
      return found;
    } finally {
      lock.unlock();
    }
  }

  private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
    return !d.isBefore(from) && !d.isAfter(to);
  }

  /** Reads see the store plus this transaction's own writes; writes apply on success only. */
  private final class Staged implements Transaction {
    private final Map<String, SettlementRecord> written = new LinkedHashMap<>();
    private final Map<ResidentYear, YearToDate> writtenTotals = new HashMap<>();
    private long nextSequence = sequence;

    @Override
    public Optional<SettlementRecord> latestStanding(String billKey) {
      List<String> ids = new ArrayList<>(byBill.getOrDefault(billKey, List.of()));
      for (SettlementRecord r : written.values()) {
        if (r.bill().key().equals(billKey) && !ids.contains(r.settlementId())) {
          ids.add(r.settlementId());
        }
      }
      for (int i = ids.size() - 1; i >= 0; i--) {
        SettlementRecord r = find(ids.get(i)).orElseThrow();
        if (!r.isReversed()) {
          return Optional.of(r);
        }
      }
      return Optional.empty();
    }

    @Override
    public Optional<SettlementRecord> find(String settlementId) {
      SettlementRecord r = written.get(settlementId);
      return r != null ? Optional.of(r) : Optional.ofNullable(settlements.get(settlementId));
    }

    @Override
    public YearToDate yearToDate(ResidentId residentId, PolicyYear year) {
      ResidentYear key = new ResidentYear(residentId, year);
      YearToDate staged = writtenTotals.get(key);
      return staged != null ? staged : totals.getOrDefault(key, YearToDate.zero());
    }

    @Override
    public String nextSettlementId() {
      nextSequence++;
      return String.format("MA-%08d", nextSequence);
    }

    @Override
    public void insert(SettlementRecord settlement) {
      written.put(settlement.settlementId(), settlement);
      writtenTotals.put(new ResidentYear(settlement.bill().residentId(), settlement.policyYear()),
          settlement.yearToDateAfter());
    }

    @Override
    public void reverse(SettlementRecord reversed) {
      written.put(reversed.settlementId(), reversed);
      writtenTotals.put(new ResidentYear(reversed.bill().residentId(), reversed.policyYear()),
          yearToDate(reversed.bill().residentId(), reversed.policyYear()).minus(reversed.contribution()));
    }

    void apply() {
      for (SettlementRecord r : written.values()) {
        if (settlements.put(r.settlementId(), r) == null) {
          byBill.computeIfAbsent(r.bill().key(), k -> new ArrayList<>()).add(r.settlementId());
        }
      }
      totals.putAll(writtenTotals);
      sequence = nextSequence;
    }
  }
}
