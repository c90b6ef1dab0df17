package civil.api.report;

import civil.api.Services;
import civil.report.ReportRecords;
import civil.core.period.HalfYear;
import civil.eldercare.daycare.Attendance;
import civil.eldercare.daycare.DayCareCentre;
import civil.eldercare.daycare.DayCareEnrolment;
import civil.eldercare.nursinghome.NursingHome;
import civil.eldercare.nursinghome.Occupancy;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads what a period's report needs through the application services: the period's dated
 * records, and what stock, balances and "in total" figures need from before it.
 */
public final class ReportSource {
  /** Earlier than any record the bureau keeps. */
  private static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);

  private ReportSource() {}

  public static ReportRecords collect(Services s, HalfYear period) {
    LocalDate first = period.firstDay();
    LocalDate last = period.lastDay();
    List<DayCareEnrolment> enrolments = new ArrayList<>();
    List<Attendance> attendance = new ArrayList<>();
    List<DayCareCentre> centres = s.dayCare().centres();
    for (DayCareCentre c : centres) {
      enrolments.addAll(s.dayCare().enrolments(c.centreId()));
      attendance.addAll(s.dayCare().attendance(c.centreId(), first, last));
    }
    List<NursingHome> homes = s.nursingHomes().homes();
    List<Occupancy> occupancy = new ArrayList<>();
    homes.forEach(h -> occupancy.addAll(s.nursingHomes().occupancy(h.homeId())));
    return new ReportRecords(period,
        s.rounds().all(),
        s.temporaryRelief().grantedBetween(first, last),
        s.hardship().payments(YearMonth.from(first), YearMonth.from(last)),
        s.supplies().items(),
        s.supplies().movementsBetween(BEGINNING, last),
        s.settlements().tally(first, last),
        s.charity().units(),
        s.charity().invitations(),
        s.charity().campaigns(),
        s.charity().donationsBetween(BEGINNING, last),
        s.charity().disbursementsBetween(BEGINNING, last),
        s.homeCare().clients(),
        s.homeCare().workers(),
        s.homeCare().visitsBetween(first, last),
        centres,
        enrolments,
        attendance,
        homes,
        occupancy,
        s.nursingHomes().assessmentsBetween(first, last),
        s.nursingHomes().rectifications(),
        s.nursingHomes().awards(),
        s.volunteers().runsBetween(first, last),
        s.activities().between(first, last),
        s.hospitals().all(),
        s.hospitalAccounts().statements(Optional.empty()),
        s.villages().villages(),
        s.villages().inspections(Optional.empty()),
        s.villages().modelVillages(period.year()),
        s.villages().surveys());
  }
}
