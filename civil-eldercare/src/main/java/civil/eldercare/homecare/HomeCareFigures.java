package civil.eldercare.homecare;

import civil.core.period.HalfYear;
import java.util.Map;

/**
 * The period's home-care figures for the report: clients enrolled in the period and in total
 * (enrolled on its last day), care workers started (trained) in the period and in total (serving
 * on its last day), and hours by service, with the funded and self-paid split, in half hours.
 */
public record HomeCareFigures(HalfYear period, int clientsEnrolled, int clientsTotal, int workersStarted,
    int workersTotal, Map<CareService, Integer> halfHoursByService, int fundedHalfHours, int selfPaidHalfHours) {
  public HomeCareFigures {
    halfHoursByService = Map.copyOf(halfHoursByService);
  }
}
