package civil.village.openness;

import static java.util.Objects.requireNonNull;

import civil.core.error.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An openness inspection (村务公开检查) of one village over a range of days, as of the day it is
 * made. What is inspected: each period of each periodic item whose period ends within the range,
 * and each recorded event dated within it; of those, only the ones already due on the inspection
 * day count. Each is {@code ON_TIME} when its earliest publication visible that day (published on
 * or before the inspection) is on or before its due day, {@code LATE} when after it, and
 * {@code MISSING} when there is none. The score is {@code 100 × (onTime + ½·late) / due}, rounded
 * half up to one decimal ({@code 100.0} when nothing is due).
 */
public record Inspection(String inspectionId, String villageCode, LocalDate inspectedOn, LocalDate from, LocalDate to,
    int due, int onTime, int late, int missing, BigDecimal score, Grade grade, List<Finding> findings) {

  /** How an item was found. */
  public enum Status {
    ON_TIME,
    LATE,
    MISSING
  }

  /** One item due: its period or event, its due day, its earliest visible publication, and how it was found. */
  public record Finding(String itemCode, Optional<String> period, Optional<String> eventId, LocalDate dueOn,
      Optional<LocalDate> publishedOn, Status status) {}

  public Inspection {
    requireNonNull(inspectionId, "inspectionId");
    findings = List.copyOf(findings);
  }

  /**
   * Inspects a village.
   *
   * @throws InvalidInputException {@code DATE_RANGE} if {@code to} is before {@code from}
   */
  public static Inspection inspect(String inspectionId, String villageCode, LocalDate inspectedOn, LocalDate from,
      LocalDate to, OpennessCatalog catalog, List<VillageEvent> events, List<Publication> publications) {
    if (to.isBefore(from)) {
      throw new InvalidInputException("DATE_RANGE", "to", "must not be before from (" + from + ")");
    }
    List<Finding> findings = new ArrayList<>();
    for (OpennessCatalog.Item item : catalog.items()) {
      if (item.frequency() == Frequency.ON_EVENT) {
        for (VillageEvent e : events) {
          if (e.itemCode().equals(item.code()) && !e.eventOn().isBefore(from) && !e.eventOn().isAfter(to)) {
            LocalDate dueOn = e.eventOn().plusDays(item.dueDays().orElseThrow());
            if (!dueOn.isAfter(inspectedOn)) {
              findings.add(finding(item.code(), Optional.empty(), Optional.of(e.eventId()), dueOn,
                  earliest(publications, item.code(), e.eventId(), inspectedOn)));
            }
          }
        }
      } else {
        for (OpennessPeriod p : OpennessPeriod.endingBetween(item.frequency(), from, to)) {
          LocalDate dueOn = p.dueOn(item.dueDayOfNextMonth().orElseThrow());
          if (!dueOn.isAfter(inspectedOn)) {
            findings.add(finding(item.code(), Optional.of(p.toString()), Optional.empty(), dueOn,
                earliest(publications, item.code(), p.toString(), inspectedOn)));
          }
        }
      }
    }
    findings.sort(Comparator.comparing(Finding::dueOn).thenComparing(Finding::itemCode)
        .thenComparing(f -> f.period().orElseGet(f.eventId()::orElseThrow)));
    int onTime = (int) findings.stream().filter(f -> f.status() == Status.ON_TIME).count();
    int late = (int) findings.stream().filter(f -> f.status() == Status.LATE).count();
    int missing = findings.size() - onTime - late;
    BigDecimal score = score(onTime, late, findings.size());
    return new Inspection(inspectionId, villageCode, inspectedOn, from, to, findings.size(), onTime, late, missing,
        score, catalog.gradeOf(score), findings);
  }

  /** {@code 100 × (onTime + ½·late) / due}, exactly, rounded half up to one decimal; 100.0 when nothing is due. */
  static BigDecimal score(int onTime, int late, int due) {
    if (due == 0) {
      return new BigDecimal("100.0");
    }
    return BigDecimal.valueOf(100L * (2L * onTime + late)).divide(BigDecimal.valueOf(2L * due), 1, RoundingMode.HALF_UP);
  }

  private static Optional<LocalDate> earliest(List<Publication> publications, String itemCode, String subject,
      LocalDate inspectedOn) {
    return publications.stream().filter(p -> p.itemCode().equals(itemCode) && p.subject().equals(subject)
        && !p.publishedOn().isAfter(inspectedOn)).map(Publication::publishedOn).min(Comparator.naturalOrder());
  }

  private static Finding finding(String itemCode, Optional<String> period, Optional<String> eventId, LocalDate dueOn,
      Optional<LocalDate> published) {
    Status status = published.isEmpty() ? Status.MISSING
        : published.get().isAfter(dueOn) ? Status.LATE : Status.ON_TIME;
    return new Finding(itemCode, period, eventId, dueOn, published, status);
  }
}
