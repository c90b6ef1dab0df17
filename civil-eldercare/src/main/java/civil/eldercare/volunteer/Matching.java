package civil.eldercare.volunteer;

import java.util.List;

/**
 * The outcome of a matching: the places filled (maximal), the total cost (minimal among maximal
 * fillings), the assignments by elder id, and the elders with places left unfilled.
 */
public record Matching(long filledPlaces, long totalCost, List<Assignment> assignments, List<Unfilled> unfilled) {
  public Matching {
    assignments = List.copyOf(assignments);
    unfilled = List.copyOf(unfilled);
  }
}
