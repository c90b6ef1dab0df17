package civil.village.openness;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The candidates for model villages of democratic management (民主管理示范村) in a year: villages
 * with at least the catalogue's number of inspections dated in the year, every one scoring at least
 * its minimum (the score as reported, to one decimal) and the latest with nothing missing; ordered
 * by their average score (the exact mean of the reported scores) descending, then by code.
 */
public final class ModelVillages {
  private ModelVillages() {}

  /** A candidate: its inspections in the year, its average score (exact) and its lowest. */
  public record Candidate(String villageCode, int inspections, BigDecimal averageScore, BigDecimal lowestScore) {
    /** The average shown: rounded half up to one decimal. */
    public BigDecimal averageShown() {
      return averageScore.setScale(1, RoundingMode.HALF_UP);
    }
  }

  public static List<Candidate> candidates(int year, List<Inspection> inspections, OpennessCatalog catalog) {
    Map<String, List<Inspection>> byVillage = new TreeMap<>();
    for (Inspection i : inspections) {
      if (i.inspectedOn().getYear() == year) {
        byVillage.computeIfAbsent(i.villageCode(), k -> new ArrayList<>()).add(i);
      }
    }
    BigDecimal minimum = BigDecimal.valueOf(catalog.modelVillageMinimumScore());
    List<Candidate> out = new ArrayList<>();
    byVillage.forEach((village, list) -> {
      list.sort(Comparator.comparing(Inspection::inspectedOn).thenComparing(Inspection::inspectionId));
      boolean allHigh = list.stream().allMatch(i -> i.score().compareTo(minimum) >= 0);
      boolean latestComplete = list.get(list.size() - 1).missing() == 0;
      if (list.size() >= catalog.modelVillageMinimumInspections() && allHigh && latestComplete) {
        BigDecimal sum = list.stream().map(Inspection::score).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = sum.divide(BigDecimal.valueOf(list.size()), 10, RoundingMode.HALF_UP);
        BigDecimal lowest = list.stream().map(Inspection::score).min(Comparator.naturalOrder()).orElseThrow();
        out.add(new Candidate(village, list.size(), mean, lowest));
      }
    });
    out.sort(Comparator.comparing(Candidate::averageScore).reversed().thenComparing(Candidate::villageCode));
    return out;
  }
}
