package civil.eldercare.volunteer;

import java.time.LocalDate;
import java.util.Map;

/**
 * A matching run over the stored volunteers and needs, as kept: its id, its date, the matching,
 * and the form each elder's need asked for on that day (for the report's one-to-one,
 * two-to-one and many-to-one counts).
 */
public record MatchingRun(String runId, LocalDate runOn, Matching matching, Map<String, ServiceForm> forms) {
  public MatchingRun {
    forms = Map.copyOf(forms);
  }
}
