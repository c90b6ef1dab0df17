package civil.relief.supplies;

import java.time.LocalDate;
import java.util.List;

/**
 * A spring-famine ration list (春荒口粮发放表): for each household, its members, the grain it
 * receives ({@code grams per person per day × days × members}) and the issues that delivered it.
 */
public record GrainRationList(String rationListId, LocalDate date, int days, int gramsPerPersonPerDay,
    List<Line> lines) {
  public GrainRationList {
    lines = List.copyOf(lines);
  }

  /** One household's ration. */
  public record Line(String householdId, int members, Quantity kilograms, List<Movement> issues) {
    public Line {
      issues = List.copyOf(issues);
    }
  }

  public Quantity totalKilograms() {
    Quantity total = Quantity.zero();
    for (Line l : lines) {
      total = total.plus(l.kilograms());
    }
    return total;
  }
}
