package civil.eldercare.award;

import civil.eldercare.assessment.Grade;
import java.util.List;

/** What the award reads of one home: its grade for the period and its occupied beds month by month (0 where none was recorded). */
public record HomeStanding(String homeId, Grade grade, List<Integer> monthlyOccupiedBeds) {
  public HomeStanding {
    monthlyOccupiedBeds = List.copyOf(monthlyOccupiedBeds);
  }

  public long occupiedBedMonths() {
    return monthlyOccupiedBeds.stream().mapToLong(Integer::longValue).sum();
  }
}
