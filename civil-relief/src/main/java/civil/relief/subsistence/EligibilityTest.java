package civil.relief.subsistence;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One test of a subsistence assessment, with its figures (amounts in fen under names ending in
 * {@code Fen}) and a sentence saying what was compared.
 */
public record EligibilityTest(Kind test, boolean passed, String text, Map<String, Long> figures) {
  /** The tests of eligibility. */
  public enum Kind {
    /** Per-capita monthly income below the standard. */
    INCOME,
    /** Per-capita financial assets at most the asset limit. */
    ASSETS,
    /** No vehicle beyond a basic one, no second home. */
    DISQUALIFYING_ASSETS
  }

  public EligibilityTest {
    requireNonNull(test, "test");
    requireNonNull(text, "text");
    figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
  }
}
