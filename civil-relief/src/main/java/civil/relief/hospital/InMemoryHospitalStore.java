package civil.relief.hospital;

import civil.core.error.ConflictException;
import civil.core.error.NotFoundException;
import civil.core.identity.HospitalCode;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/** A {@link HospitalStore} in memory, for tests and embedding. */
public final class InMemoryHospitalStore implements HospitalStore {
  private final TreeMap<HospitalCode, DesignatedHospital> hospitals = new TreeMap<>();

  @Override
  public synchronized DesignatedHospital add(DesignatedHospital hospital) {
    if (hospitals.putIfAbsent(hospital.code(), hospital) != null) {
      throw new ConflictException("HOSPITAL_EXISTS", "hospital " + hospital.code() + " is already registered");
    }
    return hospital;
  }

  @Override
  public synchronized Optional<DesignatedHospital> find(HospitalCode code) {
    return Optional.ofNullable(hospitals.get(code));
  }

  @Override
  public synchronized DesignatedHospital replace(HospitalCode code, UnaryOperator<DesignatedHospital> change) {
    DesignatedHospital current = hospitals.get(code);
    if (current == null) {
      throw new NotFoundException("hospital", code.value());
    }
    DesignatedHospital next = change.apply(current);
    hospitals.put(code, next);
    return next;
  }

  @Override
  public synchronized List<DesignatedHospital> all() {
    return List.copyOf(hospitals.values());
  }
}
