package civil.eldercare.assessment;

import civil.core.policy.PolicyDocument;
import civil.core.policy.PolicyDocuments;
import civil.core.policy.PolicyProblems;
import civil.core.policy.PolicyRegistry;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The assessment norm for nursing homes (养老机构考核评分标准), one version of a policy document:
 * categories of items, each item with its maximum points, and the veto items. The district's
 * 2026 norm has 8 categories and 26 items summing to 100 and ships as
 * {@code assessment-catalog-2026.json}; a later version is another document with a later
 * {@code effectiveFrom} and is used for assessments dated from then on.
 *
 * <p>Loading checks: category codes run {@code 1, 2, …}, item codes {@code <category>.<item>}
 * in order; every maximum is a positive multiple of 0.5; the maxima sum to 100; veto codes are
 * unique.
 */
@Value.Immutable
@Value.Enclosing
@JsonDeserialize(as = ImmutableAssessmentCatalog.class)
public abstract class AssessmentCatalog implements PolicyDocument {
  public static final String DOCUMENT = "assessment-catalog";

  @Override
  public abstract String version();

  @Override
  public abstract LocalDate effectiveFrom();

  @Override
  public abstract Optional<LocalDate> effectiveTo();

  public abstract List<Category> categories();

  public abstract List<Veto> vetoes();

  public static AssessmentCatalog defaults() {
    return PolicyDocuments.readResource(AssessmentCatalog.class, "assessment-catalog-2026.json", AssessmentCatalog.class);
  }

  public static PolicyRegistry<AssessmentCatalog> defaultRegistry() {
    return PolicyRegistry.of(DOCUMENT, defaults());
  }

  /** Every item, in catalogue order, by code. */
  @Value.Derived
  @Value.Auxiliary
  @JsonIgnore
  public Map<String, Item> items() {
    Map<String, Item> items = new LinkedHashMap<>();
    categories().forEach(c -> c.items().forEach(i -> items.put(i.code(), i)));
    return items;
  }

  /** The total of every item's maximum (100). */
  public Points maxPoints() {
    return items().values().stream().map(Item::maxPoints).reduce(Points.zero(), Points::plus);
  }

  /** Whether a veto code belongs to this catalogue. */
  public boolean hasVeto(String code) {
    return vetoes().stream().anyMatch(v -> v.code().equals(code));
  }

  @Value.Check
  void check() {
    PolicyProblems problems = PolicyProblems.create();
    for (int c = 0; c < categories().size(); c++) {
      Category category = categories().get(c);
      problems.check(category.code().equals(Integer.toString(c + 1)), "categories[" + c + "].code",
          "is " + (c + 1) + ", was " + category.code());
      problems.check(!category.items().isEmpty(), "categories[" + c + "].items", "a category has at least one item");
      for (int i = 0; i < category.items().size(); i++) {
        String expected = (c + 1) + "." + (i + 1);
        problems.check(category.items().get(i).code().equals(expected), "categories[" + c + "].items[" + i + "].code",
            "is " + expected + ", was " + category.items().get(i).code());
        problems.check(!category.items().get(i).maxPoints().isZero(), "categories[" + c + "].items[" + i + "].maxPoints",
            "must be positive");
      }
    }
    problems.check(maxPoints().equals(Points.of(100)), "categories",
        "the items' maximum points sum to 100, not " + maxPoints());
    Set<String> vetoCodes = new HashSet<>();
    for (int v = 0; v < vetoes().size(); v++) {
      problems.check(vetoCodes.add(vetoes().get(v).code()), "vetoes[" + v + "].code", "is listed twice");
    }
    problems.throwIfAny();
  }

  /** A category of the norm (考核类别). */
  @Value.Immutable
  @JsonDeserialize(as = ImmutableAssessmentCatalog.Category.class)
  public abstract static class Category {
    public abstract String code();

    public abstract String name();

    public abstract String nameZh();

    public abstract List<Item> items();

    public Points maxPoints() {
      return items().stream().map(Item::maxPoints).reduce(Points.zero(), Points::plus);
    }
  }

  /** An item of the norm (考核项目) with its maximum points. */
  @Value.Immutable
  @JsonDeserialize(as = ImmutableAssessmentCatalog.Item.class)
  public abstract static class Item {
    public abstract String code();

    public abstract String name();

    public abstract String nameZh();

    @JsonProperty("maxPoints")
    abstract BigDecimal maxPointsValue();

    @Value.Derived
    @JsonIgnore
    public Points maxPoints() {
      return Points.of(maxPointsValue());
    }
  }

  /** A veto item (一票否决项): any one makes the grade {@code FAIL}. */
  @Value.Immutable
  @JsonDeserialize(as = ImmutableAssessmentCatalog.Veto.class)
  public abstract static class Veto {
    public abstract String code();

    public abstract String name();

    public abstract String nameZh();
  }
}
