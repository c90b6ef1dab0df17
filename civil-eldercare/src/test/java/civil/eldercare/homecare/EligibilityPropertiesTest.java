package civil.eldercare.homecare;

import static civil.core.testkit.CoreGenerators.datesBetween;
import static civil.core.testkit.CoreGenerators.residentIdsBornBetween;
import static civil.core.testkit.Theories.qt;

import civil.eldercare.policy.EldercarePolicy;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class EligibilityPropertiesTest {
  private static final EldercarePolicy POLICY = EldercarePolicy.defaults();

  @Test
  void eligibilityIsMonotoneInAge() {
    qt().forAll(residentIdsBornBetween(LocalDate.of(1930, 1, 1), LocalDate.of(1975, 12, 31)),
            datesBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31)), Generate.range(0, 4000),
            Generate.booleans().zip(Generate.booleans(), (a, b) -> new boolean[] {a, b}))
        .check((id, date, laterDays, flags) -> {
          HomeCareDecision now = HomeCareEligibility.decide(id, flags[0], flags[1], date, POLICY);
          HomeCareDecision older = HomeCareEligibility.decide(id, flags[0], flags[1], date.plusDays(laterDays), POLICY);
          return !now.eligible() || older.eligible() && older.fundedHours() >= now.fundedHours();
        });
  }
}
