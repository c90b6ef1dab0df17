package civil.relief.medical;

import civil.core.money.Money;
import civil.core.money.Ratio;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three-payer settlement of one bill (三重保障一站式结算), a pure function of the bill, the
 * patient's aid category, the year to date and the policy in force.
 *
 * <ol>
 *   <li><b>Basic insurance</b>: {@code pay1 = round(max(0, inScope − deductible) × ratio)}, then
 *       at most what is left of its annual cap. {@code self1 = inScope − pay1}.
 *   <li><b>Critical illness insurance</b>: the bill moves the year's cumulative {@code self1}
 *       from {@code lo} to {@code hi}; each band's ratio applies to the part of {@code [lo, hi)}
 *       inside the band (bands measured from the threshold), summed exactly and rounded once,
 *       then at most what is left of its annual cap. Tilt for the categories the policy names:
 *       threshold × 50%, ratios + 5 points (at most 100%), no annual cap. {@code self2 = self1 −
 *       pay2}.
 *   <li><b>Medical aid</b> (not for {@code NONE}): the bill moves the cumulative {@code self2}
 *       from {@code alo} to {@code ahi}; {@code pay3 = round(max(0, ahi − max(threshold, alo)) ×
 *       ratio)}, then at most what is left of the category's annual cap.
 *   <li><b>Self pay</b> {@code = total − pay1 − pay2 − pay3}.
 * </ol>
 *
 * <p>Each payment is rounded half up to the fen exactly once. The arithmetic runs on longs and
 * allocates only the result; the explanatory steps are built only when asked for.
 */
public final class SettlementEngine {
  private static final long ONE = Ratio.ONE_BP;
  private static final long HALF = ONE / 2;

  private SettlementEngine() {}

  /** Settles {@code bill} for a patient of {@code category} whose year to date is {@code before}. */
  public static Settlement settle(Bill bill, AidCategory category, YearToDate before, MedicalAidPolicy policy) {
    CompiledMedicalAidPolicy p = policy.compiled();
    long total = bill.total().fen();
    long inScope = bill.inScope().fen();
    long basicPaid = before.basicPaidFen();
    long pay1 = basicPayment(p, bill.careType(), bill.hospitalLevel(), inScope, basicPaid);
    long lo = before.criticalBaseFen();
    long hi = Math.addExact(lo, inScope - pay1);
    long criticalPaid = before.criticalPaidFen();
    long pay2 = criticalPayment(p, category, lo, hi, criticalPaid);
    long self2 = inScope - pay1 - pay2;
    long alo = before.aidBaseFen();
    long aidPaid = before.aidPaidFen();
    long pay3 = aidPayment(p, category, alo, self2, aidPaid);
    YearToDate after = YearToDate.ofFen(Math.addExact(basicPaid, pay1), hi, Math.addExact(criticalPaid, pay2),
        Math.addExact(alo, self2), Math.addExact(aidPaid, pay3));
    return new Settlement(bill, category, policy, before, pay1, pay2, pay3, total - pay1 - pay2 - pay3, after);
  }

  /** How many figures {@link #settleFen} writes: basic insurance, critical illness, medical aid, self pay. */
  public static final int PAYMENTS = 4;
  /** How many longs a year to date takes in {@link #settleFen}: basic paid, critical base, critical paid, aid base, aid paid. */
  public static final int YEAR_TO_DATE = 5;

  /**
   * The same settlement on primitives, allocating nothing, for engines that settle millions of
   * bills: the year to date is read from and written back to {@code ytd[at .. at + 5)} (basic
   * paid, critical base, critical paid, aid base, aid paid), and the four payments go to
   * {@code pays[0 .. 4)}. The bill's amounts must already be checked as {@link Bill} checks them.
   */
  public static void settleFen(long total, long inScope, CareType careType, HospitalLevel hospitalLevel,
      AidCategory category, long[] ytd, int at, MedicalAidPolicy policy, long[] pays) {
    CompiledMedicalAidPolicy p = policy.compiled();
    long basicPaid = ytd[at];
    long pay1 = basicPayment(p, careType, hospitalLevel, inScope, basicPaid);
    long lo = ytd[at + 1];
    long hi = Math.addExact(lo, inScope - pay1);
    long criticalPaid = ytd[at + 2];
    long pay2 = criticalPayment(p, category, lo, hi, criticalPaid);
    long self2 = inScope - pay1 - pay2;
    long alo = ytd[at + 3];
    long aidPaid = ytd[at + 4];
    long pay3 = aidPayment(p, category, alo, self2, aidPaid);
    ytd[at] = Math.addExact(basicPaid, pay1);
    ytd[at + 1] = hi;
    ytd[at + 2] = Math.addExact(criticalPaid, pay2);
    ytd[at + 3] = Math.addExact(alo, self2);
    ytd[at + 4] = Math.addExact(aidPaid, pay3);
    pays[0] = pay1;
    pays[1] = pay2;
    pays[2] = pay3;
    pays[3] = total - pay1 - pay2 - pay3;
  }

  /** Basic insurance: {@code round(max(0, inScope − deductible) × ratio)}, at most what is left of its cap. */
  private static long basicPayment(CompiledMedicalAidPolicy p, CareType careType, HospitalLevel hospitalLevel, long inScope,
      long basicPaid) {
    int care = careType.ordinal();
    int level = hospitalLevel.ordinal();
    return Math.min(applyRatio(afterDeductible(inScope, p.deductibleFen[care][level]), p.basicRatioBp[care][level]),
        leftOfCap(p.basicCapFen, basicPaid));
  }

  /** Critical illness on the year's self pay moving from {@code lo} to {@code hi}, at most what is left of its cap. */
  private static long criticalPayment(CompiledMedicalAidPolicy p, AidCategory category, long lo, long hi, long criticalPaid) {
    boolean tilt = p.tilted[category.ordinal()];
    return Math.min(criticalRaw(p, tilt, lo, hi, null), criticalLeft(p, tilt, criticalPaid));
  }

  /** Medical aid on the bill's self pay after both insurances, at most what is left of the category's cap; none for {@code NONE}. */
  private static long aidPayment(CompiledMedicalAidPolicy p, AidCategory category, long alo, long self2, long aidPaid) {
    int c = category.ordinal();
    return category == AidCategory.NONE ? 0
        : Math.min(applyRatio(aidBase(alo, self2, p.aidThresholdFen[c]), p.aidRatioBp[c]), leftOfCap(p.aidCapFen[c], aidPaid));
  }

  /**
   * The medical-aid step alone: what {@code terms} pay on {@code selfAfterInsurance} (the bill's
   * in-scope self pay after both insurances) when the year's aid base and aid paid so far are
   * {@code aidBaseBefore} and {@code aidPaidBefore}.
   */
  public static Money aid(Money selfAfterInsurance, Money aidBaseBefore, Money aidPaidBefore,
      MedicalAidPolicy.AidTerms terms) {
    long raw = applyRatio(aidBase(aidBaseBefore.fen(), selfAfterInsurance.fen(), terms.threshold().fen()),
        terms.ratio().basisPoints());
    return Money.ofFen(Math.min(raw, leftOfCap(terms.annualCap().fen(), aidPaidBefore.fen())));
  }

  // The rule's pieces, shared by settle (which keeps only the payments) and explain (which
  // narrates every intermediate figure), so that both always compute the same thing.

  private static long afterDeductible(long inScope, long deductible) {
    return Math.max(0, inScope - deductible);
  }

  /** {@code amount × ratio}, rounded half up to the fen once. */
  private static long applyRatio(long amount, long ratioBp) {
    return (Math.multiplyExact(amount, ratioBp) + HALF) / ONE;
  }

  private static long leftOfCap(long cap, long paidBefore) {
    return Math.max(0, cap - paidBefore);
  }

  private static long criticalLeft(CompiledMedicalAidPolicy p, boolean tilt, long paidBefore) {
    return tilt && p.tiltWaivesCap ? Long.MAX_VALUE : leftOfCap(p.criticalCapFen, paidBefore);
  }

  private static long criticalThreshold(CompiledMedicalAidPolicy p, boolean tilt) {
    return tilt ? p.tiltedThresholdFen : p.thresholdFen;
  }

  private static long[] criticalRatios(CompiledMedicalAidPolicy p, boolean tilt) {
    return tilt ? p.tiltedBandRatioBp : p.bandRatioBp;
  }

  /**
   * Critical illness before its cap: each band's ratio on the part of {@code [lo, hi)} inside the
   * band (bands measured from the threshold), summed exactly and rounded once. When
   * {@code parts} is given it receives each band's part.
   */
  private static long criticalRaw(CompiledMedicalAidPolicy p, boolean tilt, long lo, long hi, long[] parts) {
    long[] ratios = criticalRatios(p, tilt);
    long sum = 0;
    long bandStart = criticalThreshold(p, tilt);
    for (int i = 0; i < ratios.length && bandStart < hi; i++) {
      long width = p.bandWidthFen[i];
      long bandEnd = bandStart > Long.MAX_VALUE - width ? Long.MAX_VALUE : bandStart + width;
      long part = Math.max(0, Math.min(hi, bandEnd) - Math.max(lo, bandStart));
      sum = Math.addExact(sum, Math.multiplyExact(part, ratios[i]));
      if (parts != null) {
        parts[i] = part;
      }
      bandStart = bandEnd;
    }
    return (sum + HALF) / ONE;
  }

  /** The part of the year's self pay after both insurances, {@code [alo, alo + self2)}, above the threshold. */
  private static long aidBase(long alo, long self2, long threshold) {
    return Math.max(0, Math.addExact(alo, self2) - Math.max(threshold, alo));
  }

  /** The steps of the settlement {@link #settle} gives for the same arguments. */
  static List<SettlementStep> explain(Bill bill, AidCategory category, YearToDate before, MedicalAidPolicy policy) {
    CompiledMedicalAidPolicy p = policy.compiled();
    int care = bill.careType().ordinal();
    int level = bill.hospitalLevel().ordinal();
    long total = bill.total().fen();
    long inScope = bill.inScope().fen();
    List<SettlementStep> steps = new ArrayList<>(12);

    long deductible = p.deductibleFen[care][level];
    long ratio1 = p.basicRatioBp[care][level];
    long base1 = afterDeductible(inScope, deductible);
    long raw1 = applyRatio(base1, ratio1);
    long basicPaid = before.basicPaid().fen();
    long left1 = leftOfCap(p.basicCapFen, basicPaid);
    long pay1 = Math.min(raw1, left1);
    steps.add(step(SettlementStep.Rule.BASIC_DEDUCTIBLE,
        "基本医保：" + bill.hospitalLevel().chinese() + bill.careType().chinese() + "起付线" + yuan(deductible)
            + "，政策范围内费用" + yuan(inScope) + "，扣除起付线后" + yuan(base1),
        "inScopeFen", inScope, "deductibleFen", deductible, "baseFen", base1));
    steps.add(step(SettlementStep.Rule.BASIC_RATIO,
        "基本医保：" + yuan(base1) + " × 报销比例" + pct(ratio1) + " = " + yuan(raw1),
        "baseFen", base1, "ratioBp", ratio1, "amountFen", raw1));
    if (pay1 < raw1) {
      steps.add(capStep(SettlementStep.Rule.BASIC_CAP, "基本医保", p.basicCapFen, basicPaid, left1, raw1, pay1));
    }

    boolean tilt = p.tilted[category.ordinal()];
    long threshold = criticalThreshold(p, tilt);
    long[] ratios = criticalRatios(p, tilt);
    long lo = before.criticalBase().fen();
    long hi = Math.addExact(lo, inScope - pay1);
    long[] parts = new long[ratios.length];
    long raw2 = criticalRaw(p, tilt, lo, hi, parts);
    long criticalPaid = before.criticalPaid().fen();
    long left2 = criticalLeft(p, tilt, criticalPaid);
    long pay2 = Math.min(raw2, left2);
    String tiltText = tilt
        ? "（" + category.chinese() + "倾斜：起付线" + yuan(p.thresholdFen) + " × " + p.tiltThresholdRatio + " = "
            + yuan(threshold) + "，各段比例相应提高" + (p.tiltWaivesCap ? "，不设年度最高支付限额" : "") + "）"
        : "";
    steps.add(step(SettlementStep.Rule.CRITICAL_THRESHOLD,
        "大病保险：本年累计基本医保后个人负担的政策范围内费用由" + yuan(lo) + "增至" + yuan(hi) + "，起付线"
            + yuan(threshold) + tiltText + (hi <= threshold ? "，未超过起付线，不予支付" : ""),
        "fromFen", lo, "toFen", hi, "thresholdFen", threshold));
    boolean anyBand = false;
    long bandFrom = 0;
    for (int i = 0; i < parts.length; i++) {
      boolean open = p.bandWidthFen[i] == Long.MAX_VALUE;
      long bandTo = open ? Long.MAX_VALUE : bandFrom + p.bandWidthFen[i];
      if (parts[i] > 0) {
        anyBand = true;
        Map<String, Long> f = figures("band", i + 1L, "bandFromFen", bandFrom);
        if (!open) {
          f.put("bandToFen", bandTo);
        }
        f.put("partFen", parts[i]);
        f.put("ratioBp", ratios[i]);
        String range = open ? "起付线以上" + yuan(bandFrom) + "以上" : "起付线以上" + yuan(bandFrom) + "至" + yuan(bandTo);
        steps.add(new SettlementStep(SettlementStep.Rule.CRITICAL_BAND, f,
            "大病保险第" + (i + 1) + "段（" + range + "）：" + yuan(parts[i]) + " × " + pct(ratios[i])));
      }
      bandFrom = bandTo;
    }
    if (anyBand) {
      steps.add(step(SettlementStep.Rule.CRITICAL_TOTAL, "大病保险：各段合计（四舍五入到分）" + yuan(raw2), "amountFen", raw2));
      if (tilt && p.tiltWaivesCap) {
        steps.add(step(SettlementStep.Rule.CRITICAL_CAP_WAIVED,
            "大病保险：" + category.chinese() + "不设年度最高支付限额，支付" + yuan(pay2), "amountFen", pay2));
      } else if (pay2 < raw2) {
        steps.add(capStep(SettlementStep.Rule.CRITICAL_CAP, "大病保险", p.criticalCapFen, criticalPaid, left2, raw2, pay2));
      }
    }

    long self2 = inScope - pay1 - pay2;
    long pay3 = 0;
    if (category == AidCategory.NONE) {
      steps.add(step(SettlementStep.Rule.AID_NONE, "医疗救助：结算日未登记救助对象身份，不予救助", "amountFen", 0));
    } else {
      int c = category.ordinal();
      long alo = before.aidBase().fen();
      long ahi = Math.addExact(alo, self2);
      long base3 = aidBase(alo, self2, p.aidThresholdFen[c]);
      long raw3 = applyRatio(base3, p.aidRatioBp[c]);
      long aidPaid = before.aidPaid().fen();
      long left3 = leftOfCap(p.aidCapFen[c], aidPaid);
      pay3 = Math.min(raw3, left3);
      steps.add(step(SettlementStep.Rule.AID_THRESHOLD,
          "医疗救助（" + category.chinese() + "）：本年累计两项保险后个人负担的政策范围内费用由" + yuan(alo) + "增至"
              + yuan(ahi) + "，年度起付线" + yuan(p.aidThresholdFen[c]) + "，本次纳入救助" + yuan(base3),
          "fromFen", alo, "toFen", ahi, "thresholdFen", p.aidThresholdFen[c], "baseFen", base3));
      steps.add(step(SettlementStep.Rule.AID_RATIO,
          "医疗救助：" + yuan(base3) + " × 救助比例" + pct(p.aidRatioBp[c]) + " = " + yuan(raw3),
          "baseFen", base3, "ratioBp", p.aidRatioBp[c], "amountFen", raw3));
      if (pay3 < raw3) {
        steps.add(capStep(SettlementStep.Rule.AID_CAP, "医疗救助", p.aidCapFen[c], aidPaid, left3, raw3, pay3));
      }
    }

    long selfPay = total - pay1 - pay2 - pay3;
    steps.add(step(SettlementStep.Rule.SELF_PAY,
        "个人自付：总费用" + yuan(total) + " − 基本医保" + yuan(pay1) + " − 大病保险" + yuan(pay2) + " − 医疗救助"
            + yuan(pay3) + " = " + yuan(selfPay) + "（其中政策范围外费用" + yuan(total - inScope) + "）",
        "totalFen", total, "basicInsuranceFen", pay1, "criticalIllnessFen", pay2, "medicalAidFen", pay3,
        "outOfScopeFen", total - inScope, "selfPayFen", selfPay));
    return List.copyOf(steps);
  }

  private static SettlementStep capStep(SettlementStep.Rule rule, String payer, long cap, long paidBefore, long left,
      long raw, long pay) {
    return step(rule,
        payer + "：年度最高支付限额" + yuan(cap) + "，本年已支付" + yuan(paidBefore) + "，尚余" + yuan(left) + "，本次核减"
            + yuan(raw - pay) + "，实付" + yuan(pay),
        "annualCapFen", cap, "paidBeforeFen", paidBefore, "leftFen", left, "cutFen", raw - pay, "amountFen", pay);
  }

  private static SettlementStep step(SettlementStep.Rule rule, String text, Object... namesAndValues) {
    return new SettlementStep(rule, figures(namesAndValues), text);
  }

  private static Map<String, Long> figures(Object... namesAndValues) {
    Map<String, Long> f = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      f.put((String) namesAndValues[i], ((Number) namesAndValues[i + 1]).longValue());
    }
    return f;
  }

  private static String yuan(long fen) {
    return Money.ofFen(fen).format();
  }

  private static String pct(long bp) {
    return Ratio.ofBasisPoints(bp).toString();
  }
}
