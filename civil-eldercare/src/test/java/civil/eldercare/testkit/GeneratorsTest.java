package civil.eldercare.testkit;

import static civil.core.testkit.Theories.qt;

import civil.core.identity.AreaCode;
import org.junit.jupiter.api.Test;

/** The generators build valid values (their factories would throw otherwise) across their range. */
class GeneratorsTest {
  @Test
  void everyGeneratorBuildsValidValues() {
    qt(100).forAll(EldercareGenerators.careWorkers(), EldercareGenerators.visits(),
        EldercareGenerators.dayCareCentres(), EldercareGenerators.activities())
        .check((w, v, c, a) -> w.subdistrict().level() == AreaCode.Level.SUBDISTRICT && v.halfHours() >= 1
            && c.capacity() >= 10 && !a.leaders().isEmpty());
    qt(100).forAll(EldercareGenerators.occupancy()).check(o -> o.occupiedBeds() >= 0 && o.occupiedBeds() <= 120);
  }
}
