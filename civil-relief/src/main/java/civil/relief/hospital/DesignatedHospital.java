package civil.relief.hospital;

import static java.util.Objects.requireNonNull;

import civil.core.error.ConflictException;
import civil.core.error.InvalidInputException;
import civil.core.error.RefusedException;
import civil.core.identity.HospitalCode;
import civil.core.period.DateRange;
import civil.relief.medical.HospitalLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A designated hospital (定点医院) with its dated history: the level it holds from each date (a
 * hospital may be upgraded), the periods it is designated for (not overlapping), and its
 * suspensions (暂停联网). History is appended, never rewritten: a level is added from a later date,
 * a designation period is added or ended, a suspension is added. A hospital {@link #maySettleOn
 * may settle} on a day a designation covers and no suspension does.
 */
public final class DesignatedHospital {
  /** The level held from a date on. */
  public record LevelEntry(HospitalLevel level, LocalDate from) {
    public LevelEntry {
      requireNonNull(level, "level");
      requireNonNull(from, "from");
    }
  }

  /** A suspension from a date, to a date included or without end, and why. */
  public record Suspension(DateRange period, String reason) {
    public Suspension {
      requireNonNull(period, "period");
      requireNonNull(reason, "reason");
    }
  }

  private final HospitalCode code;
  private final String name;
  private final List<LevelEntry> levels;
  private final List<DateRange> designations;
  private final List<Suspension> suspensions;

  private DesignatedHospital(HospitalCode code, String name, List<LevelEntry> levels, List<DateRange> designations,
      List<Suspension> suspensions) {
    this.code = requireNonNull(code, "code");
    this.name = requireNonNull(name, "name");
    if (name.isBlank() || name.length() > 200) {
      throw new InvalidInputException("INVALID_HOSPITAL", "name", "is 1 to 200 characters");
    }
    this.levels = List.copyOf(levels);
    this.designations = designations.stream().sorted(Comparator.comparing(DateRange::from)).toList();
    this.suspensions = List.copyOf(suspensions);
  }

  /** A newly registered hospital: its first level applies from the first day of its designation. */
  public static DesignatedHospital register(HospitalCode code, String name, HospitalLevel level, DateRange designation) {
    return new DesignatedHospital(code, name, List.of(new LevelEntry(level, designation.from())), List.of(designation),
        List.of());
  }

  /** A hospital as stored: its whole history. */
  public static DesignatedHospital of(HospitalCode code, String name, List<LevelEntry> levels,
      List<DateRange> designations, List<Suspension> suspensions) {
    return new DesignatedHospital(code, name, levels, designations, suspensions);
  }

  public HospitalCode code() {
    return code;
  }

  public String name() {
    return name;
  }

  /** The levels in the order they took effect. */
  public List<LevelEntry> levels() {
    return levels;
  }

  /** The designation periods, by start. */
  public List<DateRange> designations() {
    return designations;
  }

  public List<Suspension> suspensions() {
    return suspensions;
  }

  /** The level held on {@code date}; empty before the first one. */
  public Optional<HospitalLevel> levelOn(LocalDate date) {
    HospitalLevel held = null;
    for (LevelEntry e : levels) {
      if (!e.from().isAfter(date)) {
        held = e.level();
      }
    }
    return Optional.ofNullable(held);
  }

  public boolean isDesignatedOn(LocalDate date) {
    return designations.stream().anyMatch(d -> d.contains(date));
  }

  public boolean isSuspendedOn(LocalDate date) {
    return suspensions.stream().anyMatch(s -> s.period().contains(date));
  }

  /** Designated on {@code date} and not suspended then. */
  public boolean maySettleOn(LocalDate date) {
    return isDesignatedOn(date) && !isSuspendedOn(date);
  }

  /**
   * The level a bill settled on {@code date} is settled at.
   *
   * @throws RefusedException {@code HOSPITAL_NOT_DESIGNATED} if the hospital may not settle that day
   */
  public HospitalLevel settlingLevelOn(LocalDate date) {
    if (!maySettleOn(date)) {
      throw new RefusedException("HOSPITAL_NOT_DESIGNATED", "hospital " + code + " may not settle on " + date + ": "
          + (isDesignatedOn(date) ? "its designation is suspended that day" : "no designation covers that day"));
    }
    return levelOn(date).orElseThrow(() -> new RefusedException("HOSPITAL_NOT_DESIGNATED", "hospital " + code
        + " has no level registered on " + date + " (its first level applies from " + levels.get(0).from() + ")"));
  }

  /**
   * The hospital with a new level from {@code from}.
   *
   * @throws ConflictException {@code LEVEL_OUT_OF_ORDER} unless {@code from} is after the latest level's date
   */
  public DesignatedHospital withLevel(HospitalLevel level, LocalDate from) {
    LevelEntry latest = levels.get(levels.size() - 1);
    if (!from.isAfter(latest.from())) {
      throw new ConflictException("LEVEL_OUT_OF_ORDER", "hospital " + code + " holds " + latest.level() + " from "
          + latest.from() + "; a new level takes effect after that day (history is added to, never rewritten)");
    }
    List<LevelEntry> next = new ArrayList<>(levels);
    next.add(new LevelEntry(level, from));
    return new DesignatedHospital(code, name, next, designations, suspensions);
  }

  /**
   * The hospital with a designation period added, or, when a stored period starts on the same
   * day, that period with the new end (ending it).
   *
   * @throws ConflictException {@code DESIGNATION_OVERLAP} if the period would overlap another
   */
  public DesignatedHospital withDesignation(DateRange period) {
    List<DateRange> next = new ArrayList<>();
    for (DateRange d : designations) {
      if (!d.from().equals(period.from())) {
        if (d.overlaps(period)) {
          throw new ConflictException("DESIGNATION_OVERLAP", "hospital " + code + " is already designated from "
              + d.from() + d.to().map(t -> " to " + t).orElse(" without end") + ", which overlaps the new period");
        }
        next.add(d);
      }
    }
    next.add(period);
    return new DesignatedHospital(code, name, levels, next, suspensions);
  }

  /**
   * The hospital with a suspension added.
   *
   * @throws RefusedException {@code SUSPENSION_OUTSIDE_DESIGNATION} unless a designation covers its first day
   */
  public DesignatedHospital withSuspension(DateRange period, String reason) {
    if (!isDesignatedOn(period.from())) {
      throw new RefusedException("SUSPENSION_OUTSIDE_DESIGNATION", "hospital " + code + " is not designated on "
          + period.from() + "; only a designated hospital can be suspended");
    }
    if (reason.isBlank() || reason.length() > 2_000) {
      throw new InvalidInputException("INVALID_SUSPENSION", "reason", "is 1 to 2,000 characters");
    }
    List<Suspension> next = new ArrayList<>(suspensions);
    next.add(new Suspension(period, reason));
    return new DesignatedHospital(code, name, levels, designations, next);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DesignatedHospital h && h.code.equals(code) && h.name.equals(name)
        && h.levels.equals(levels) && h.designations.equals(designations) && h.suspensions.equals(suspensions);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return code + " " + name;
  }
}
