package civil.eldercare.nursinghome;

import civil.core.money.Fraction;
import civil.core.period.HalfYear;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The occupancy of the district's homes over a half year, in bed-months: each home counts in each
 * month it was open at the month's end, with all its beds available and the occupied beds recorded
 * for that month (none recorded reads as none occupied). A home opened after the period does not
 * count at all, so registering it later changes nothing in the period.
 *
 * @param occupied occupied bed-months
 * @param available bed-months of the homes open
 */
public record BedMonths(long occupied, long available) {
  /** The bed-months of {@code homes} over {@code period}, from their {@code occupancy} records (any home's, any month). */
  public static BedMonths of(HalfYear period, Collection<NursingHome> homes, Collection<Occupancy> occupancy) {
    Map<String, Map<YearMonth, Integer>> recorded = new HashMap<>();
    for (Occupancy o : occupancy) {
      recorded.computeIfAbsent(o.homeId(), k -> new HashMap<>()).put(o.month(), o.occupiedBeds());
    }
    long occupied = 0;
    long available = 0;
    for (NursingHome h : homes) {
      for (YearMonth m : period.months()) {
        if (h.isOpenOn(m.atEndOfMonth())) {
          occupied += recorded.getOrDefault(h.homeId(), Map.of()).getOrDefault(m, 0);
          available += h.totalBeds();
        }
      }
    }
    return new BedMonths(occupied, available);
  }

  /** Occupied over available; zero when no home was open. */
  public Fraction rate() {
    return Fraction.of(occupied, available);
  }
}
