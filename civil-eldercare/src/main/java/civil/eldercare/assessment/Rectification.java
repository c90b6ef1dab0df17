package civil.eldercare.assessment;

import civil.core.error.ConflictException;
import civil.core.error.InvalidInputException;
import civil.core.money.Ratio;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A rectification task (整改任务): an item that scored below 60% of its maximum, due 30 days after
 * the assessment. A re-inspection closes it when the item then scores at least 60% of its
 * maximum, and otherwise leaves it open; an open task is overdue after its due date.
 */
@Value.Immutable
public abstract class Rectification {
  /** Open or closed. */
  public enum Status {
    OPEN,
    CLOSED
  }

  public abstract String rectificationId();

  public abstract String homeId();

  public abstract String assessmentId();

  public abstract String itemCode();

  public abstract Points maxPoints();

  public abstract Points scoreAtAssessment();

  public abstract LocalDate assessedOn();

  public abstract LocalDate dueOn();

  public abstract Status status();

  public abstract List<Reinspection> reinspections();

  public abstract Optional<LocalDate> closedOn();

  /** A task for an item of {@code assessment} that scored below the line, due {@code days} after it. */
  public static Rectification open(String id, Assessment assessment, ItemScore item, int days) {
    return ImmutableRectification.builder().rectificationId(id).homeId(assessment.homeId())
        .assessmentId(assessment.assessmentId()).itemCode(item.itemCode()).maxPoints(item.maxPoints())
        .scoreAtAssessment(item.score()).assessedOn(assessment.assessedOn())
        .dueOn(assessment.assessedOn().plusDays(days)).status(Status.OPEN).build();
  }

  /** A task as it was kept: its item, dates, status and re-inspections. */
  public static Rectification of(String rectificationId, String homeId, String assessmentId, String itemCode,
      Points maxPoints, Points scoreAtAssessment, LocalDate assessedOn, LocalDate dueOn, Status status,
      List<Reinspection> reinspections, Optional<LocalDate> closedOn) {
    return ImmutableRectification.builder().rectificationId(rectificationId).homeId(homeId).assessmentId(assessmentId)
        .itemCode(itemCode).maxPoints(maxPoints).scoreAtAssessment(scoreAtAssessment).assessedOn(assessedOn)
        .dueOn(dueOn).status(status).reinspections(reinspections).closedOn(closedOn).build();
  }

  /** Open and past its due date on {@code date}. */
  public boolean isOverdueOn(LocalDate date) {
    return status() == Status.OPEN && date.isAfter(dueOn());
  }

  /** Whether the task is still open at the end of {@code date} (closed later or never). */
  public boolean isOpenOn(LocalDate date) {
    return !assessedOn().isAfter(date) && closedOn().map(c -> c.isAfter(date)).orElse(true);
  }

  /**
   * This task after a re-inspection with {@code findings} on {@code on}.
   *
   * @throws ConflictException {@code RECTIFICATION_CLOSED} if it is already closed
   * @throws InvalidInputException if the re-inspection is dated before the assessment
   */
  public Rectification reinspect(LocalDate on, List<Finding> findings, Ratio passShare) {
    if (status() == Status.CLOSED) {
      throw new ConflictException("RECTIFICATION_CLOSED",
          "rectification " + rectificationId() + " was closed on " + closedOn().orElseThrow());
    }
    if (on.isBefore(assessedOn())) {
      throw new InvalidInputException("DATE_RANGE", "inspectedOn", "must not be before the assessment on " + assessedOn());
    }
    Points score = maxPoints().minusFlooredAtZero(Finding.total(findings));
    boolean fixed = !score.isBelowShareOf(maxPoints(), passShare);
    ImmutableRectification.Builder next = ImmutableRectification.builder().from(this)
        .addReinspections(new Reinspection(on, findings, score));
    if (fixed) {
      next.status(Status.CLOSED).closedOn(on);
    }
    return next.build();
  }
}
