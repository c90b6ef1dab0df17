package civil.relief.testkit;

import static civil.core.testkit.Theories.qt;

import civil.relief.medical.AidCategory;
import civil.relief.supplies.Movement;
import org.junit.jupiter.api.Test;

/** The generators build valid values (their factories would throw otherwise) across their range. */
class GeneratorsTest {
  @Test
  void everyGeneratorBuildsValidValues() {
    qt(100).forAll(ReliefGenerators.campaigns(), ReliefGenerators.donations(), ReliefGenerators.movements(),
        ReliefGenerators.temporaryReliefRequests())
        .check((c, d, m, t) -> c.accepts(c.startsOn()) && d.amount().isPositive()
            && (m.kind() == Movement.Kind.RECEIPT) == m.isReceipt() && t.months() >= 1 && t.months() <= 3);
    qt(100).forAll(ReliefGenerators.hardshipRecipients(), ReliefGenerators.roundRules(),
        ReliefGenerators.aidCategoryAssignments())
        .check((h, r, a) -> h.isSupportedOn(h.supportedFrom()) && r.kind() != null && a.category() != AidCategory.NONE);
  }
}
