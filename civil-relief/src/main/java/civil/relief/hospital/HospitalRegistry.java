package civil.relief.hospital;

import static java.util.Objects.requireNonNull;

import civil.core.error.NotFoundException;
import civil.core.identity.HospitalCode;
import civil.core.period.DateRange;
import civil.relief.medical.HospitalLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The registry of designated hospitals (定点医院名录), an application service: registers
 * hospitals and adds to their history (levels, designation periods, suspensions).
 */
public final class HospitalRegistry {
  private final HospitalStore store;

  public HospitalRegistry(HospitalStore store) {
    this.store = requireNonNull(store);
  }

  /**
   * Registers a hospital, designated from {@code designatedFrom} to {@code designatedTo} (open
   * when empty), at {@code level} from its first day.
   *
   * @throws civil.core.error.ConflictException {@code HOSPITAL_EXISTS} if the code is registered
   */
  public DesignatedHospital register(HospitalCode code, String name, HospitalLevel level, LocalDate designatedFrom,
      Optional<LocalDate> designatedTo) {
    return store.add(DesignatedHospital.register(code, name, level, DateRange.of(designatedFrom, designatedTo)));
  }

  /** Adds a level from a date (an upgrade, say). */
  public DesignatedHospital addLevel(HospitalCode code, HospitalLevel level, LocalDate from) {
    return store.replace(code, h -> h.withLevel(level, from));
  }

  /** Adds a designation period, or ends the one that starts on {@code from}. */
  public DesignatedHospital putDesignation(HospitalCode code, LocalDate from, Optional<LocalDate> to) {
    return store.replace(code, h -> h.withDesignation(DateRange.of(from, to)));
  }

  /** Suspends a hospital's designation from {@code from} to {@code to} (open when empty). */
  public DesignatedHospital suspend(HospitalCode code, LocalDate from, Optional<LocalDate> to, String reason) {
    return store.replace(code, h -> h.withSuspension(DateRange.of(from, to), reason));
  }

  /**
   * A registered hospital.
   *
   * @throws NotFoundException if there is none with that code
   */
  public DesignatedHospital hospital(HospitalCode code) {
    return store.find(code).orElseThrow(() -> new NotFoundException("hospital", code.value()));
  }

  public Optional<DesignatedHospital> find(HospitalCode code) {
    return store.find(code);
  }

  public List<DesignatedHospital> all() {
    return store.all();
  }
}
