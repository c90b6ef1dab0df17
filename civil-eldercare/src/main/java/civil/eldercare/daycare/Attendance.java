package civil.eldercare.daycare;

import civil.core.identity.ResidentId;
import java.time.LocalDate;

/** An elder's attendance at a centre on a day (one per elder, centre and day). */
public record Attendance(String centreId, ResidentId residentId, LocalDate date) {}
