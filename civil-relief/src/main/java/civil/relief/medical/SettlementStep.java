package civil.relief.medical;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One step of a settlement, as a desk clerk reads it out: which rule applied, the figures it
 * used and produced (amounts in fen under names ending in {@code Fen}, rates in basis points
 * under names ending in {@code Bp}) and a sentence in Chinese with the amounts in yuan.
 */
public record SettlementStep(Rule rule, Map<String, Long> figures, String text) {
  /** The rules a settlement applies, in the order they apply. */
  public enum Rule {
    BASIC_DEDUCTIBLE(Payer.BASIC_INSURANCE),
    BASIC_RATIO(Payer.BASIC_INSURANCE),
    BASIC_CAP(Payer.BASIC_INSURANCE),
    CRITICAL_THRESHOLD(Payer.CRITICAL_ILLNESS),
    CRITICAL_BAND(Payer.CRITICAL_ILLNESS),
    CRITICAL_TOTAL(Payer.CRITICAL_ILLNESS),
    CRITICAL_CAP(Payer.CRITICAL_ILLNESS),
    CRITICAL_CAP_WAIVED(Payer.CRITICAL_ILLNESS),
    AID_NONE(Payer.MEDICAL_AID),
    AID_THRESHOLD(Payer.MEDICAL_AID),
    AID_RATIO(Payer.MEDICAL_AID),
    AID_CAP(Payer.MEDICAL_AID),
    SELF_PAY(Payer.PATIENT);

    private final Payer payer;

    Rule(Payer payer) {
      this.payer = payer;
    }

    public Payer payer() {
      return payer;
    }
  }

  /** Who pays under a rule. */
  public enum Payer {
    BASIC_INSURANCE,
    CRITICAL_ILLNESS,
    MEDICAL_AID,
    PATIENT
  }

  public SettlementStep {
    requireNonNull(rule, "rule");
    requireNonNull(text, "text");
    figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
  }

  /** A figure by name; {@code IllegalArgumentException} if the step has none of that name. */
  public long figure(String name) {
    Long value = figures.get(name);
    if (value == null) {
      throw new IllegalArgumentException(rule + " has no figure " + name);
    }
    return value;
  }
}
