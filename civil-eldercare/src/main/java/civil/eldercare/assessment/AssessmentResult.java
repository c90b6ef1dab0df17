package civil.eldercare.assessment;

import civil.eldercare.policy.EldercarePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The scored sheet: every item's score, the exact total (the sum of the item scores, between 0
 * and 100), the vetoes and the grade. Any veto makes the grade {@code FAIL} whatever the score.
 */
public record AssessmentResult(String catalogVersion, List<ItemScore> items, Points total, List<String> vetoes,
    Grade grade) {
  public AssessmentResult {
    items = List.copyOf(items);
    vetoes = List.copyOf(vetoes);
  }

  /**
   * Scores a sheet against the catalogue in force on its date.
   *
   * @throws civil.core.error.InvalidInputException if the sheet misses, repeats or invents an item
   */
  public static AssessmentResult score(AssessmentSheet sheet, AssessmentCatalog catalog, EldercarePolicy policy) {
    sheet.checkAgainst(catalog);
    Map<String, AssessmentCatalog.Item> catalogItems = catalog.items();
    List<ItemScore> scores = new ArrayList<>();
    Points total = Points.zero();
    for (String code : catalogItems.keySet()) {
      ItemFindings findings = sheet.items().stream().filter(i -> i.itemCode().equals(code)).findFirst().orElseThrow();
      Points max = catalogItems.get(code).maxPoints();
      Points deductions = Finding.total(findings.findings());
      Points score = max.minusFlooredAtZero(deductions);
      scores.add(new ItemScore(code, max, deductions, score,
          score.isBelowShareOf(max, policy.assessment().rectificationBelow())));
      total = total.plus(score);
    }
    return new AssessmentResult(catalog.version(), scores, total, sheet.vetoes(), grade(total, sheet.vetoes(), policy));
  }

  /** The grade of a total: by the policy's bands, or {@code FAIL} with any veto. */
  public static Grade grade(Points total, List<String> vetoes, EldercarePolicy policy) {
    if (!vetoes.isEmpty()) {
      return Grade.FAIL;
    }
    for (Grade g : List.of(Grade.EXCELLENT, Grade.GOOD, Grade.PASS)) {
      if (total.isAtLeast(policy.assessment().minimumScore(g))) {
        return g;
      }
    }
    return Grade.FAIL;
  }
}
