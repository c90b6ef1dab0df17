package civil.batch;

import civil.core.policy.PolicyRegistry;
import civil.relief.medical.MedicalAidPolicy;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The registry's answer for each day, asked once per distinct day (a file spans a few hundred); safe across threads. */
final class PolicyDays {
  private final PolicyRegistry<MedicalAidPolicy> registry;
  private final ConcurrentHashMap<Integer, Optional<MedicalAidPolicy>> byDay = new ConcurrentHashMap<>();

  PolicyDays(PolicyRegistry<MedicalAidPolicy> registry) {
    this.registry = registry;
  }

  /** The version in force on epoch day {@code day}, or null. */
  MedicalAidPolicy on(int day) {
    return byDay.computeIfAbsent(day, d -> registry.find(LocalDate.ofEpochDay(d))).orElse(null);
  }

  boolean covers(int day) {
    return on(day) != null;
  }

  /**
   * {@code bill}, read from line {@code number}, when a policy is in force on its day.
   *
   * @throws MalformedInputException naming the line and {@code settledOn} otherwise
   */
  BatchBill require(BatchBill bill, long number) {
    if (!covers((int) bill.settledOn().toEpochDay())) {
      throw new MalformedInputException(number, "settledOn", "no medical-aid policy is in force on " + bill.settledOn());
    }
    return bill;
  }
}
