package civil.relief.subsistence;

import civil.core.money.Money;
import civil.core.money.Ratio;
import civil.relief.household.Household;
import civil.relief.household.HouseholdMember;
import civil.relief.policy.ReliefPolicy;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The subsistence assessment (低保审核), a pure function of a household, a date and the relief
 * policy. With {@code n} members, total monthly income {@code I}, total financial assets
 * {@code A} and the area's standard {@code S}:
 *
 * <ul>
 *   <li>eligible when {@code I < S × n} (per-capita income below the standard; income exactly
 *       at the standard is not eligible), {@code A ≤ assetMonths × S × n} (per-capita assets at
 *       the limit are allowed) and no disqualifying asset;
 *   <li>{@code base = round_yuan(S × n − I)}, half up to whole yuan, without rounding the
 *       per-capita income first;
 *   <li>each member receives at most one increment, the largest that applies (severely disabled
 *       30%, seriously ill 30%, aged 80+ 20%, a minor in a single-parent or orphan household 20%
 *       of {@code S}, each rounded half up to the yuan; a tie goes to the first in that order);
 *   <li>{@code monthlyAllowance = max(base + Σ increments, ¥30 × n)}; an ineligible household
 *       receives 0.
 * </ul>
 *
 * Ages are whole years completed on the assessment date, from each resident ID.
 */
public final class SubsistenceAssessment {
  private SubsistenceAssessment() {}

  public static SubsistenceDecision assess(Household household, LocalDate on, ReliefPolicy policy) {
    ReliefPolicy.Subsistence rules = policy.subsistence();
    int n = household.size();
    Money s = policy.standard(household.areaType());
    Money line = s.times(n);
    Money income = household.totalIncome();
    Money assets = household.totalAssets();
    Money assetLimit = s.times(rules.assetMonths()).times(n);

    List<EligibilityTest> tests = new ArrayList<>(3);
    boolean incomeOk = income.isLessThan(line);
    tests.add(new EligibilityTest(EligibilityTest.Kind.INCOME, incomeOk,
        "家庭月人均收入" + perCapita(income, n).format() + "（月总收入" + income.format() + " ÷ " + n + "人）"
            + (incomeOk ? "低于" : "不低于") + household.areaType().chinese() + "低保标准" + s.format(),
        figures("totalIncomeFen", income.fen(), "members", n, "standardFen", s.fen(),
            "perCapitaIncomeFen", perCapita(income, n).fen())));
    boolean assetsOk = !assets.isGreaterThan(assetLimit);
    tests.add(new EligibilityTest(EligibilityTest.Kind.ASSETS, assetsOk,
        "家庭人均金融资产" + perCapita(assets, n).format() + (assetsOk ? "不超过" : "超过") + rules.assetMonths()
            + "个月低保标准" + s.times(rules.assetMonths()).format(),
        figures("totalAssetsFen", assets.fen(), "members", n, "limitPerCapitaFen", s.times(rules.assetMonths()).fen(),
            "perCapitaAssetsFen", perCapita(assets, n).fen())));
    boolean noDisqualifying = !household.disqualifyingAssets();
    tests.add(new EligibilityTest(EligibilityTest.Kind.DISQUALIFYING_ASSETS, noDisqualifying,
        noDisqualifying ? "无非基本生活用车、第二套住房等限制性财产" : "有非基本生活用车或第二套住房等限制性财产",
        figures()));

    Money floor = rules.floorPerMember().times(n);
    boolean eligible = incomeOk && assetsOk && noDisqualifying;
    Money base = Money.zero();
    List<Increment> increments = new ArrayList<>();
    Money allowance = Money.zero();
    if (eligible) {
      base = line.minus(income).roundedToYuan(RoundingMode.HALF_UP);
      for (HouseholdMember m : household.members()) {
        IncrementKind best = null;
        Ratio bestRate = Ratio.zero();
        for (IncrementKind kind : IncrementKind.values()) {
          if (applies(kind, m, household, on, rules) && rules.incrementRate(kind).isGreaterThan(bestRate)) {
            best = kind;
            bestRate = rules.incrementRate(kind);
          }
        }
        if (best != null) {
          increments.add(new Increment(m.residentId(), best, s.timesToYuan(bestRate, RoundingMode.HALF_UP)));
        }
      }
      Money withIncrements = base.plus(Money.total(increments.stream().map(Increment::amount).toList()));
      allowance = withIncrements.max(floor);
    }
    return SubsistenceDecision.of(on, eligible, s, tests, base, increments, floor, allowance, policy.version());
  }

  private static boolean applies(IncrementKind kind, HouseholdMember m, Household h, LocalDate on,
      ReliefPolicy.Subsistence rules) {
    return switch (kind) {
      case SEVERELY_DISABLED -> m.severelyDisabled();
      case SERIOUSLY_ILL -> m.seriouslyIll();
      case AGED_80_PLUS -> m.residentId().ageOn(on) >= rules.agedFrom();
      case MINOR_IN_SINGLE_PARENT_OR_ORPHAN_HOUSEHOLD -> h.singleParentOrOrphan() && m.residentId().ageOn(on) < rules.minorUnder();
    };
  }

  /** For display only: the rule itself never rounds a per-capita figure. */
  private static Money perCapita(Money total, int n) {
    return total.timesFraction(1, n, RoundingMode.HALF_UP);
  }

  private static Map<String, Long> figures(Object... namesAndValues) {
    Map<String, Long> f = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      f.put((String) namesAndValues[i], ((Number) namesAndValues[i + 1]).longValue());
    }
    return f;
  }
}
