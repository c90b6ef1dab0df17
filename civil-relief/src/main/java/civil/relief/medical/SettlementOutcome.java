package civil.relief.medical;

import static java.util.Objects.requireNonNull;

/**
 * What the desk did with a bill: settled it now ({@code created}) or found it already settled
 * with the same content (an idempotent repeat, {@code created == false}).
 */
public record SettlementOutcome(SettlementRecord record, boolean created) {
  public SettlementOutcome {
    requireNonNull(record, "record");
  }
}
