package civil.eldercare.assessment;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** One item of a sheet: its code and its findings (possibly none). */
public record ItemFindings(String itemCode, List<Finding> findings) {
  public ItemFindings {
    requireNonNull(itemCode, "itemCode");
    findings = List.copyOf(findings);
  }
}
