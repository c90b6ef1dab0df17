package civil.eldercare.testkit;

import civil.core.period.HalfYear;
import civil.eldercare.assessment.AssessmentCatalog;
import civil.eldercare.assessment.AssessmentSheet;
import civil.eldercare.assessment.Finding;
import civil.eldercare.assessment.Grade;
import civil.eldercare.assessment.ItemFindings;
import civil.eldercare.assessment.Points;
import civil.eldercare.award.HomeStanding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators for elderly care: complete assessment sheets for a catalogue (findings
 * of 0.5 to 10 points, so that items fall to zero, below the rectification line, or stay full),
 * and home standings for the award.
 */
public final class EldercareGenerators {
  private EldercareGenerators() {}

  /** Findings for one item: none most often, else one to three deductions of 0.5 to 10 points. */
  public static Gen<List<Finding>> findings() {
    Gen<Finding> one = Generate.range(1, 20).map(h -> new Finding(Points.ofHalves(h), "扣分"));
    return SourceDSL.lists().of(one).ofSizeBetween(0, 3).mix(Generate.constant(List.of()), 40);
  }

  /** A sheet naming every item of {@code catalog} once, in catalogue order, with no veto. */
  public static Gen<AssessmentSheet> completeSheets(AssessmentCatalog catalog, HalfYear period) {
    List<String> codes = List.copyOf(catalog.items().keySet());
    return SourceDSL.lists().of(findings()).ofSize(codes.size()).map(all -> {
      List<ItemFindings> items = new ArrayList<>();
      for (int i = 0; i < codes.size(); i++) {
        items.add(new ItemFindings(codes.get(i), all.get(i)));
      }
      return new AssessmentSheet(period, Optional.empty(), items, List.of());
    });
  }

  /** Standings of up to eight homes, ids HOME-01 …, monthly occupancy 0-120 beds, any grade. */
  public static Gen<List<HomeStanding>> standings() {
    Gen<List<Integer>> months = SourceDSL.lists().of(Generate.range(0, 120).mix(Generate.constant(0), 10)).ofSize(6);
    Gen<HomeStanding> home = Generate.enumValues(Grade.class).zip(months, (g, m) -> new HomeStanding("x", g, m));
    return SourceDSL.lists().of(home).ofSizeBetween(0, 8).map(list -> {
      List<HomeStanding> named = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        named.add(new HomeStanding(String.format("HOME-%02d", i + 1), list.get(i).grade(), list.get(i).monthlyOccupiedBeds()));
      }
      return named;
    });
  }
}
