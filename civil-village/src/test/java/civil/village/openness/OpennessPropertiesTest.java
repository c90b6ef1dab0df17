package civil.village.openness;

import static civil.core.testkit.Theories.qt;

import civil.core.testkit.CoreGenerators;
import civil.village.testkit.VillageGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpennessPropertiesTest {
  private static final OpennessCatalog CATALOG = OpennessCatalog.defaults();
  private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  private static final LocalDate TO = LocalDate.of(2026, 6, 30);

  @Test
  void theCountsAddUpToWhatIsDue() {
    qt().forAll(VillageGenerators.events().flatMap(VillageGenerators::publications).zip(VillageGenerators.events(),
        (p, e) -> new Object[] {p, e}), CoreGenerators.datesBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 9, 30)))
        .check((pe, on) -> {
          @SuppressWarnings("unchecked")
          List<Publication> publications = (List<Publication>) pe[0];
          Inspection i = Inspection.inspect("VI", VillageGenerators.VILLAGE, on, FROM, TO, CATALOG, List.of(), publications);
          return i.onTime() + i.late() + i.missing() == i.due() && i.due() == i.findings().size()
              && i.findings().stream().allMatch(f -> !f.dueOn().isAfter(on));
        });
  }

  /** Publishing what was missing, before the inspection, never lowers the score. */
  @Test
  void aMissingPublicationAddedBeforeTheInspectionNeverLowersTheScore() {
    qt().forAll(VillageGenerators.events(), CoreGenerators.datesBetween(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 9, 30)))
        .check((events, on) -> {
          List<Publication> none = List.of();
          Inspection before = Inspection.inspect("VI", VillageGenerators.VILLAGE, on, FROM, TO, CATALOG, events, none);
          for (Inspection.Finding f : before.findings()) {
            if (f.status() != Inspection.Status.MISSING) {
              continue;
            }
            List<Publication> more = new ArrayList<>();
            more.add(new Publication(VillageGenerators.VILLAGE, f.itemCode(), f.period(), f.eventId(), on));
            Inspection after = Inspection.inspect("VI", VillageGenerators.VILLAGE, on, FROM, TO, CATALOG, events, more);
            if (after.score().compareTo(before.score()) < 0 || after.missing() != before.missing() - 1) {
              return false;
            }
          }
          return true;
        });
  }

  @Test
  void addingAPublicationInAnyHistoryNeverLowersTheScore() {
    qt().forAll(VillageGenerators.events().flatMap(e -> VillageGenerators.publications(e).map(p -> new Object[] {e, p})),
        CoreGenerators.datesBetween(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 9, 30)))
        .check((ep, on) -> {
          @SuppressWarnings("unchecked")
          List<VillageEvent> events = (List<VillageEvent>) ep[0];
          @SuppressWarnings("unchecked")
          List<Publication> publications = (List<Publication>) ep[1];
          Inspection before = Inspection.inspect("VI", VillageGenerators.VILLAGE, on, FROM, TO, CATALOG, events, publications);
          for (Inspection.Finding f : before.findings()) {
            if (f.status() == Inspection.Status.MISSING) {
              List<Publication> more = new ArrayList<>(publications);
              more.add(new Publication(VillageGenerators.VILLAGE, f.itemCode(), f.period(), f.eventId(), f.dueOn()));
              Inspection after = Inspection.inspect("VI", VillageGenerators.VILLAGE, on, FROM, TO, CATALOG, events, more);
              if (after.score().compareTo(before.score()) < 0) {
                return false;
              }
            }
          }
          return true;
        });
  }
}
