package civil.village.openness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelVillagesTest {
  private static final OpennessCatalog CATALOG = OpennessCatalog.defaults();

  private static Inspection inspection(String village, String on, String score, int missing) {
    return new Inspection("VI-" + village + on, village, LocalDate.parse(on), LocalDate.parse(on).minusMonths(3),
        LocalDate.parse(on), 10, 10 - missing, 0, missing, new BigDecimal(score), CATALOG.gradeOf(new BigDecimal(score)),
        List.of());
  }

  @Test
  void candidatesHaveTwoInspectionsInTheYearAllAtNinetyAndTheLatestComplete() {
    List<Inspection> all = List.of(
        inspection("410802001001", "2026-04-20", "95.0", 0), inspection("410802001001", "2026-10-20", "90.0", 0),
        inspection("410802001002", "2026-04-20", "100.0", 0), inspection("410802001002", "2026-10-20", "96.3", 0),
        inspection("410802001003", "2026-04-20", "100.0", 0), inspection("410802001003", "2026-10-20", "92.0", 1),
        inspection("410802001004", "2026-04-20", "89.9", 0), inspection("410802001004", "2026-10-20", "100.0", 0),
        inspection("410802001005", "2026-10-20", "100.0", 0), inspection("410802001005", "2025-10-20", "100.0", 0));
    List<ModelVillages.Candidate> c = ModelVillages.candidates(2026, all, CATALOG);
    assertEquals(List.of("410802001002", "410802001001"), c.stream().map(ModelVillages.Candidate::villageCode).toList());
    assertEquals(new BigDecimal("98.2"), c.get(0).averageShown()); // (100.0 + 96.3) / 2 = 98.15, half up
    assertEquals(new BigDecimal("96.3"), c.get(0).lowestScore());
    assertEquals(2, c.get(1).inspections());
  }
}
