package civil.relief.hospital;

import civil.core.identity.HospitalCode;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Port: the registry of designated hospitals. */
public interface HospitalStore {
  /**
   * Stores a new hospital.
   *
   * @throws civil.core.error.ConflictException {@code HOSPITAL_EXISTS} if its code is registered
   */
  DesignatedHospital add(DesignatedHospital hospital);

  Optional<DesignatedHospital> find(HospitalCode code);

  /**
   * Replaces a stored hospital by {@code change} applied to it, atomically; if {@code change}
   * throws, nothing is stored.
   *
   * @throws civil.core.error.NotFoundException if there is no such hospital
   */
  DesignatedHospital replace(HospitalCode code, UnaryOperator<DesignatedHospital> change);

  /** Every hospital, by code. */
  List<DesignatedHospital> all();
}
