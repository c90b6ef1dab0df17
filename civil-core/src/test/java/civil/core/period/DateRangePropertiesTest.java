package civil.core.period;

import static civil.core.testkit.CoreGenerators.dateRanges;
import static civil.core.testkit.Theories.qt;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangePropertiesTest {
  @Test
  void overlapIsSymmetricAndMeansASharedDay() {
    qt().forAll(dateRanges(), dateRanges()).check((a, b) -> {
      LocalDate laterStart = a.from().isAfter(b.from()) ? a.from() : b.from();
      boolean shared = a.contains(laterStart) && b.contains(laterStart);
      return a.overlaps(b) == b.overlaps(a) && a.overlaps(b) == shared;
    });
  }
}
