package civil.core.testkit;

import org.quicktheories.QuickTheory;

/**
 * The project's QuickTheories entry point: a bounded number of examples per property (300 by
 * default, {@code -Dcivil.examples=N} to change it) so the whole suite stays fast, and a seed
 * taken from {@code -Dcivil.seed} when one is given, to replay a failure.
 */
public final class Theories {
  private Theories() {}

  public static QuickTheory qt() {
    return qt(Integer.getInteger("civil.examples", 300));
  }

  /** With {@code examples} examples, for properties whose examples are expensive. */
  public static QuickTheory qt(int examples) {
    QuickTheory theory = QuickTheory.qt().withExamples(examples).withShrinkCycles(200);
    Long seed = Long.getLong("civil.seed");
    return seed == null ? theory : theory.withFixedSeed(seed);
  }
}
