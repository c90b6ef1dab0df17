package civil.eldercare.assessment;

import civil.core.period.HalfYear;
import java.time.LocalDate;
import org.immutables.value.Value;

/** A stored assessment of one home for one period. */
@Value.Immutable
public abstract class Assessment {
  public abstract String assessmentId();

  public abstract String homeId();

  public abstract HalfYear period();

  public abstract LocalDate assessedOn();

  public abstract AssessmentSheet sheet();

  public abstract AssessmentResult result();

  public Grade grade() {
    return result().grade();
  }

  public static Assessment of(String assessmentId, String homeId, AssessmentSheet sheet, AssessmentResult result) {
    return ImmutableAssessment.builder().assessmentId(assessmentId).homeId(homeId).period(sheet.period())
        .assessedOn(sheet.date()).sheet(sheet).result(result).build();
  }
}
