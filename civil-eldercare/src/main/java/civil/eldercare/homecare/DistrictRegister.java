package civil.eldercare.homecare;

import civil.core.identity.ResidentId;
import java.time.LocalDate;

/**
 * Port: whether a resident is registered in the district (户籍在本区) on a date. It is the
 * household register that says so, not the area prefix of the resident ID, which records where
 * the person was first registered.
 */
public interface DistrictRegister {
  boolean isRegistered(ResidentId residentId, LocalDate on);
}
