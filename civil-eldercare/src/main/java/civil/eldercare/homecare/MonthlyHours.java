package civil.eldercare.homecare;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A client's month: the hours funded (by the client's eligibility on the month's first day) and
 * the month's visits, counted against them in date order, then in the order recorded. The visit
 * that crosses the limit is split into funded and self-paid hours; later hours are self-paid;
 * nothing is dropped.
 */
public record MonthlyHours(String clientId, YearMonth month, int fundedHours, List<VisitHours> visits) {
  public MonthlyHours {
    visits = List.copyOf(visits);
  }

  /** Counts {@code visitsInRecordedOrder} against {@code fundedHours}. */
  public static MonthlyHours count(String clientId, YearMonth month, int fundedHours, List<Visit> visitsInRecordedOrder) {
    List<Visit> ordered = new ArrayList<>(visitsInRecordedOrder);
    ordered.sort(Comparator.comparing(Visit::date)); // stable: same-day visits keep the recorded order
    int left = fundedHours * 2;
    List<VisitHours> counted = new ArrayList<>();
    for (Visit v : ordered) {
      int funded = Math.min(left, v.halfHours());
      left -= funded;
      counted.add(new VisitHours(v, funded, v.halfHours() - funded));
    }
    return new MonthlyHours(clientId, month, fundedHours, counted);
  }

  public int fundedHalfHoursUsed() {
    return visits.stream().mapToInt(VisitHours::fundedHalfHours).sum();
  }

  public int selfPaidHalfHours() {
    return visits.stream().mapToInt(VisitHours::selfPaidHalfHours).sum();
  }
}
