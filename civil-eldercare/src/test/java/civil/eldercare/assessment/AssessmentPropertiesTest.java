package civil.eldercare.assessment;

import static civil.core.testkit.Theories.qt;
import static civil.eldercare.testkit.EldercareGenerators.completeSheets;

import civil.core.period.HalfYear;
import civil.eldercare.policy.EldercarePolicy;
import org.junit.jupiter.api.Test;

class AssessmentPropertiesTest {
  private static final AssessmentCatalog CATALOG = AssessmentCatalog.defaults();
  private static final EldercarePolicy POLICY = EldercarePolicy.defaults();

  @Test
  void theTotalIsBetweenZeroAndOneHundredAndIsTheSumOfItsItems() {
    qt().forAll(completeSheets(CATALOG, HalfYear.parse("2026-H1"))).check(sheet -> {
      AssessmentResult r = AssessmentResult.score(sheet, CATALOG, POLICY);
      Points sum = r.items().stream().map(ItemScore::score).reduce(Points.zero(), Points::plus);
      return r.total().equals(sum) && r.total().compareTo(Points.of(100)) <= 0 && r.items().size() == 26
          && r.items().stream().allMatch(i -> i.score().compareTo(i.maxPoints()) <= 0);
    });
  }

  @Test
  void anItemIsRectifiedExactlyWhenItScoresBelowSixtyPercentOfItsMaximum() {
    qt().forAll(completeSheets(CATALOG, HalfYear.parse("2026-H1"))).check(sheet ->
        AssessmentResult.score(sheet, CATALOG, POLICY).items().stream().allMatch(i ->
            i.toRectify() == (i.score().halves() * 10 < i.maxPoints().halves() * 6)));
  }
}
