package civil.eldercare.nursinghome;

import civil.eldercare.assessment.Assessment;
import civil.eldercare.assessment.Rectification;
import java.util.List;

/** An assessment with the rectification tasks it opened, stored together. */
public record AssessmentRecord(Assessment assessment, List<Rectification> rectifications) {
  public AssessmentRecord {
    rectifications = List.copyOf(rectifications);
  }
}
