package civil.village.openness;

import civil.core.error.InvalidInputException;
import civil.core.policy.PolicyDocument;
import civil.core.policy.PolicyDocuments;
import civil.core.policy.PolicyProblems;
import civil.core.policy.PolicyRegistry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The openness catalogue (村务公开目录), a versioned policy document: what every village publishes
 * on its public board and by when, how an inspection grades the score, and what makes a model
 * village. The district's default, in force from 2026-01-01, ships as
 * {@code openness-catalog-2026.json}: finances monthly by the 10th of the next month; collective
 * assets, relief rolls and cadre pay quarterly by the 15th of the month after the quarter;
 * subsidies and projects 10 days, land compensation 7 days and assembly decisions 5 days after
 * their event; grades from 95, 85 and 70; a model village has two or more inspections in the year,
 * each scoring 90 or more.
 */
public record OpennessCatalog(String version, LocalDate effectiveFrom, Optional<LocalDate> effectiveTo,
    List<Item> items, List<GradeBand> grades, int modelVillageMinimumScore, int modelVillageMinimumInspections)
    implements PolicyDocument {
  /** The name of this document in registries and error messages. */
  public static final String DOCUMENT = "openness-catalog";

  /** One item: its code, its name, how often and by when it is published. */
  public record Item(String code, String nameZh, Frequency frequency, Optional<Integer> dueDays,
      Optional<Integer> dueDayOfNextMonth) {}

  /** The least score of a grade. */
  public record GradeBand(Grade grade, int minimumScore) {}

  public OpennessCatalog {
    items = List.copyOf(items);
    grades = List.copyOf(grades);
    PolicyProblems p = PolicyProblems.create();
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      PolicyProblems at = p.under("items[" + i + "]");
      at.check(codes.add(item.code()), "code", item.code() + " is given twice");
      boolean event = item.frequency() == Frequency.ON_EVENT;
      at.check(event == item.dueDays().isPresent() && event != item.dueDayOfNextMonth().isPresent(), "frequency",
          "an ON_EVENT item has dueDays, a periodic item dueDayOfNextMonth");
      at.check(item.dueDays().map(d -> d >= 0 && d <= 366).orElse(true), "dueDays", "is 0 to 366");
      at.check(item.dueDayOfNextMonth().map(d -> d >= 1 && d <= 28).orElse(true), "dueDayOfNextMonth", "is 1 to 28");
    }
    p.onePerConstant(grades, GradeBand::grade, GradeBand::minimumScore, Grade.class,
        List.of(Grade.EXCELLENT, Grade.GOOD, Grade.PASS), "grades");
    p.check(modelVillageMinimumInspections >= 1, "modelVillageMinimumInspections", "is at least 1");
    p.throwIfAny();
  }

  /** The district's default catalogue, in force from 2026-01-01. */
  public static OpennessCatalog defaults() {
    return PolicyDocuments.readResource(OpennessCatalog.class, "openness-catalog-2026.json", OpennessCatalog.class);
  }

  public static PolicyRegistry<OpennessCatalog> defaultRegistry() {
    return PolicyRegistry.of(DOCUMENT, defaults());
  }

  /**
   * An item by code.
   *
   * @throws InvalidInputException {@code UNKNOWN_ITEM} if the catalogue has no such item
   */
  public Item item(String code) {
    return items.stream().filter(i -> i.code().equals(code)).findFirst()
        .orElseThrow(() -> new InvalidInputException("UNKNOWN_ITEM", "itemCode", "the catalogue has no item '" + code
            + "'; its items are " + items.stream().map(Item::code).toList()));
  }

  /** The grade of a score (to one decimal): the highest band it reaches, else {@code FAIL}. */
  public Grade gradeOf(BigDecimal score) {
    for (Grade g : List.of(Grade.EXCELLENT, Grade.GOOD, Grade.PASS)) {
      int min = grades.stream().filter(b -> b.grade() == g).findFirst().orElseThrow().minimumScore();
      if (score.compareTo(BigDecimal.valueOf(min)) >= 0) {
        return g;
      }
    }
    return Grade.FAIL;
  }
}
