package civil.eldercare.assessment;

import java.time.LocalDate;
import java.util.List;

/** A re-inspection of one item (复查): its own findings, on a date, and the item's new score. */
public record Reinspection(LocalDate inspectedOn, List<Finding> findings, Points score) {
  public Reinspection {
    findings = List.copyOf(findings);
  }
}
