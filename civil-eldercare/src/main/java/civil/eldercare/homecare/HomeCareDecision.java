package civil.eldercare.homecare;

import civil.core.identity.ResidentId;
import java.time.LocalDate;
import java.util.List;

/**
 * Whether a resident is eligible for home care on a date, why, and the hours a month it funds.
 */
public record HomeCareDecision(ResidentId residentId, LocalDate on, int age, boolean eligible, List<Reason> reasons,
    int fundedHours) {
  public HomeCareDecision {
    reasons = List.copyOf(reasons);
  }

  /** One reason, with a sentence. */
  public record Reason(Code code, String text) {}

  /** The reasons a decision gives. */
  public enum Code {
    REGISTERED_IN_DISTRICT,
    NOT_REGISTERED_IN_DISTRICT,
    AGED_80_PLUS,
    UNDER_80,
    /** The policy in force does not make age alone a ground (2025: three-nos elders only). */
    AGE_NOT_A_CRITERION,
    THREE_NOS_AGED_60_PLUS,
    THREE_NOS_UNDER_60,
    NOT_THREE_NOS
  }
}
