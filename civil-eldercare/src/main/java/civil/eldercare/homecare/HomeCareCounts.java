package civil.eldercare.homecare;

import civil.core.period.HalfYear;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A half year's home-care counts, a pure function of the records ({@link #of}): clients enrolled
 * in the period and enrolled on its last day, care workers trained in it and serving on its last
 * day, and the half hours of service visited in it, by service (every service, zero included).
 */
public record HomeCareCounts(int clientsEnrolled, int clientsTotal, int workersStarted, int workersTotal,
    Map<CareService, Integer> halfHoursByService) {
  public HomeCareCounts {
    halfHoursByService = Map.copyOf(halfHoursByService);
  }

  /** The counts of {@code period} from the given records (records of other periods are ignored). */
  public static HomeCareCounts of(HalfYear period, List<HomeCareClient> clients, List<CareWorker> workers,
      List<Visit> visits) {
    int enrolled = (int) clients.stream().filter(c -> period.contains(c.enrolledOn())).count();
    int total = (int) clients.stream().filter(c -> c.isEnrolledOn(period.lastDay())).count();
    int started = (int) workers.stream().filter(w -> period.contains(w.trainedOn())).count();
    int serving = (int) workers.stream().filter(w -> w.isServingOn(period.lastDay())).count();
    Map<CareService, Integer> byService = new EnumMap<>(CareService.class);
    for (CareService s : CareService.values()) {
      byService.put(s, 0);
    }
    visits.stream().filter(v -> period.contains(v.date())).forEach(v -> byService.merge(v.service(), v.halfHours(), Integer::sum));
    return new HomeCareCounts(enrolled, total, started, serving, byService);
  }
}
