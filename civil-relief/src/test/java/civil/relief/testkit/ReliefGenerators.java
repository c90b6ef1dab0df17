package civil.relief.testkit;

import static civil.core.testkit.CoreGenerators.datesBetween;
import static civil.core.testkit.CoreGenerators.longsBiased;
import static civil.core.testkit.CoreGenerators.residentIdsBornBetween;

import civil.core.identity.AreaCode;
import civil.core.identity.CreditCode;
import civil.core.identity.ResidentId;
import civil.core.money.Money;
import civil.core.policy.PolicyDocuments;
import civil.core.testkit.CoreGenerators;
import civil.relief.charity.Campaign;
import civil.relief.charity.Donation;
import civil.relief.charity.Purpose;
import civil.relief.hardship.HardshipRecipient;
import civil.relief.hardship.SelfCareAbility;
import civil.relief.household.AreaType;
import civil.relief.household.Household;
import civil.relief.household.HouseholdMember;
import civil.relief.medical.AidCategory;
import civil.relief.medical.CategoryAssignment;
import civil.relief.policy.ReliefPolicy;
import civil.relief.round.RoundRule;
import civil.relief.supplies.Movement;
import civil.relief.supplies.Quantity;
import civil.relief.temporary.ReliefCause;
import civil.relief.temporary.TemporaryReliefRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators for social relief, built from the public factories: household members
 * and households around the subsistence line, relief policies with other standards, hardship
 * recipients, temporary-relief requests, round rules, supply quantities and movements, charity
 * campaigns, donations and their restrictions, aid-category ranges.
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

  /** Campaigns starting in 2026, a third of them without an end. */
  public static Gen<Campaign> campaigns() {
    Gen<LocalDate> start = datesBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 1));
    return Generate.range(1, 99).zip(CoreGenerators.names(), start, Generate.range(-10, 60),
        (n, name, from, days) -> Campaign.of(String.format("CP-%06d", n), name, from,
            days < 0 ? Optional.empty() : Optional.of(from.plusDays(days))));
  }

  /** Donations to campaign {@code CP-000001} from persons and units, with receipt numbers of 2026, restricted or not. */
  public static Gen<Donation> donations() {
    Gen<Optional<CreditCode>> unit = CoreGenerators.creditCodes().toOptionals(50);
    return Generate.range(1, 999_999).zip(unit, longsBiased(1, 10_000_000),
        datesBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
        (seq, code, fen, date) -> new Object[] {seq, code, fen, date})
        .zip(restrictions(), (a, r) -> Donation.of(Donation.receiptNumber(2026, (Integer) a[0]), "CP-000001",
            "捐赠人", castCode(a[1]), Money.ofFen((Long) a[2]), (LocalDate) a[3], r));
  }

  @SuppressWarnings("unchecked")
  private static Optional<CreditCode> castCode(Object o) {
    return (Optional<CreditCode>) o;
  }

  /** Receipts and issues of item {@code IT-000001} in 2026, valued from zero to ¥100,000. */
  public static Gen<Movement> movements() {
    Gen<LocalDate> dates = datesBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    return Generate.booleans().zip(Generate.range(1, 99_999), dates, quantities(),
        (receipt, n, date, q) -> new Object[] {receipt, n, date, q})
        .zip(longsBiased(0, 10_000_000), (a, fen) -> (Boolean) a[0]
            ? Movement.receipt(String.format("MV-%06d", (Integer) a[1]), "IT-000001", (LocalDate) a[2],
                (Quantity) a[3], Money.ofFen(fen), Movement.Source.PURCHASE, Optional.empty())
            : Movement.issue(String.format("MV-%06d", (Integer) a[1]), "IT-000001", (LocalDate) a[2],
                (Quantity) a[3], Money.ofFen(fen), Movement.Destination.DISASTER_EVENT, "2026 汛期", "科长",
                Optional.empty()));
  }

  /** Temporary-relief requests for household {@code HH-000001}: any cause, 1 to 3 months, dates in 2026. */
  public static Gen<TemporaryReliefRequest> temporaryReliefRequests() {
    return Generate.enumValues(ReliefCause.class).zip(Generate.range(1, 3),
        datesBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
        (cause, months, date) -> TemporaryReliefRequest.of("HH-000001", cause, months, date, Optional.empty()));
  }

  /** People under special hardship support from a date in 2026, in any area type and self-care ability. */
  public static Gen<HardshipRecipient> hardshipRecipients() {
    return residentIdsBornBetween(LocalDate.of(1930, 1, 1), LocalDate.of(1966, 12, 31))
        .zip(CoreGenerators.subdistricts(), Generate.enumValues(AreaType.class), Generate.enumValues(SelfCareAbility.class),
            (id, sub, area, ability) -> new Object[] {id, sub, area, ability})
        .zip(datesBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), (a, from) -> HardshipRecipient.of(
            (ResidentId) a[0], (AreaCode) a[1], (AreaType) a[2], (SelfCareAbility) a[3], from));
  }

  /** The three kinds of round rule: a fixed amount per household or per member, or 1 to 3 months of the allowance. */
  public static Gen<RoundRule> roundRules() {
    Gen<Money> amounts = longsBiased(100, 200_000).map(Money::ofFen);
    return Generate.range(0, 2).zip(amounts, Generate.range(1, 3), (kind, amount, months) -> switch (kind) {
      case 0 -> RoundRule.perHousehold(amount);
      case 1 -> RoundRule.perMember(amount);
      default -> RoundRule.subsistenceMonths(months);
    });
  }

  /** Aid-category ranges: any category but {@code NONE}, over ranges within 2024-2028. */
  public static Gen<CategoryAssignment> aidCategoryAssignments() {
    List<AidCategory> registered = Arrays.stream(AidCategory.values()).filter(c -> c != AidCategory.NONE).toList();
    return Generate.pick(registered).zip(CoreGenerators.dateRanges(), CategoryAssignment::new);
  }

  /** A donation restriction, or none. */
  public static Gen<Optional<Purpose>> restrictions() {
    return Generate.enumValues(Purpose.class).toOptionals(40);
  }
}
