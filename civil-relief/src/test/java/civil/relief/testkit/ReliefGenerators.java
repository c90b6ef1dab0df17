package civil.relief.testkit;

import static civil.core.testkit.CoreGenerators.longsBiased;
import static civil.core.testkit.CoreGenerators.residentIdsBornBetween;

import civil.core.identity.ResidentId;
import civil.core.money.Money;
import civil.relief.charity.Purpose;
import civil.relief.household.AreaType;
import civil.relief.household.Household;
import civil.relief.household.HouseholdMember;
import civil.relief.policy.ReliefPolicy;
import civil.relief.supplies.Quantity;
import civil.core.policy.PolicyDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators for social relief: household members and households around the
 * subsistence line, relief policies with other standards, supply quantities, and restrictions of
 * charity donations.
 */
public final class ReliefGenerators {
  private ReliefGenerators() {}

  /** Monthly incomes from zero to ¥2,000, biased toward 0 and the urban and rural standards. */
  public static Gen<Money> monthlyIncomes() {
    return Generate.pick(List.of(0L, 47_999L, 48_000L, 71_999L, 72_000L, 72_001L))
        .mix(longsBiased(0, 200_000), 80).map(Money::ofFen);
  }

  /** Financial assets from zero to ¥40,000, biased toward the 24-month limits (¥11,520 and ¥17,280 per person). */
  public static Gen<Money> financialAssets() {
    return Generate.pick(List.of(0L, 1_152_000L, 1_728_000L, 1_728_001L))
        .mix(longsBiased(0, 4_000_000), 80).map(Money::ofFen);
  }

  /** Members of any age, some disabled or ill. */
  public static Gen<HouseholdMember> members() {
    Gen<ResidentId> ids = residentIdsBornBetween(LocalDate.of(1930, 1, 1), LocalDate.of(2025, 12, 31));
    Gen<Boolean> rarely = Generate.range(0, 4).map(i -> i == 0);
    return ids.zip(monthlyIncomes(), financialAssets(), rarely.zip(rarely, (a, b) -> new boolean[] {a, b}),
        (id, income, assets, flags) -> HouseholdMember.of(id, income, assets, flags[0], flags[1]));
  }

  /** Households of 1 to 6 members with distinct IDs. */
  public static Gen<Household> households() {
    Gen<List<HouseholdMember>> list = SourceDSL.lists().of(members()).ofSizeBetween(1, 6).map(ms -> {
      Set<ResidentId> seen = new HashSet<>();
      List<HouseholdMember> distinct = new ArrayList<>();
      for (HouseholdMember m : ms) {
        if (seen.add(m.residentId())) {
          distinct.add(m);
        }
      }
      return distinct;
    });
    Gen<Boolean> rarely = Generate.range(0, 5).map(i -> i == 0);
    return Generate.enumValues(AreaType.class).zip(rarely, Generate.booleans(), list, Household::of);
  }

  /**
   * The default relief policy with other monthly standards: any amount from ¥100.00 to ¥2,000.00,
   * most of them not whole yuan, biased toward fen parts that sit at a rounding boundary once
   * multiplied by a rate (¥721.15 × 130% = ¥937.495).
   */
  public static Gen<ReliefPolicy> policiesWithStandards() {
    Gen<Long> standards = longsBiased(10_000, 200_000).mix(Generate.pick(List.of(72_115L, 72_165L, 48_005L)), 10);
    return standards.zip(standards, (urban, rural) -> withStandards(Money.ofFen(urban), Money.ofFen(rural)));
  }

  /** The default relief policy with the given urban and rural monthly standards. */
  public static ReliefPolicy withStandards(Money urban, Money rural) {
    String json = DEFAULT_POLICY_JSON
        .replace("\"monthlyStandardFen\": 72000", "\"monthlyStandardFen\": " + urban.fen())
        .replace("\"monthlyStandardFen\": 48000", "\"monthlyStandardFen\": " + rural.fen());
    return PolicyDocuments.read("relief-policy-test.json", json, ReliefPolicy.class);
  }

  private static final String DEFAULT_POLICY_JSON = defaultPolicyJson();

  private static String defaultPolicyJson() {
    try (InputStream in = ReliefPolicy.class.getResourceAsStream("relief-policy-2026.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Quantities from 0.001 to 500 units, biased toward whole units and small amounts. */
  public static Gen<Quantity> quantities() {
    return longsBiased(1, 500_000).mix(Generate.longRange(1, 500).map(u -> u * 1000), 40).map(Quantity::ofThousandths);
  }

  /** A donation restriction, or none. */
  public static Gen<Optional<Purpose>> restrictions() {
    return Generate.enumValues(Purpose.class).toOptionals(40);
  }
}
