package civil.relief.medical;

import civil.core.money.Money;
import civil.core.money.Ratio;
import civil.core.policy.PolicyProblems;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A {@link MedicalAidPolicy} checked and laid out in arrays, so a settlement reads its terms by
 * index and allocates nothing to find them. Built once per policy version.
 */
final class CompiledMedicalAidPolicy {
  final String version;
  // basic insurance, indexed [careType][hospitalLevel]
  final long[][] deductibleFen;
  final long[][] basicRatioBp;
  final long basicCapFen;
  // critical illness
  final long thresholdFen;
  final long tiltedThresholdFen;
  final long[] bandWidthFen; // Long.MAX_VALUE for an open-ended band
  final long[] bandRatioBp;
  final long[] tiltedBandRatioBp;
  final long criticalCapFen;
  final boolean[] tilted; // by AidCategory ordinal
  final boolean tiltWaivesCap;
  final Ratio tiltThresholdRatio;
  // medical aid, by AidCategory ordinal; absent for NONE
  final MedicalAidPolicy.AidTerms[] aid;
  final long[] aidThresholdFen;
  final long[] aidRatioBp;
  final long[] aidCapFen;

  private CompiledMedicalAidPolicy(MedicalAidPolicy p) {
    PolicyProblems problems = PolicyProblems.create();
    version = p.version();

    int care = CareType.values().length;
    int levels = HospitalLevel.values().length;
    deductibleFen = new long[care][levels];
    basicRatioBp = new long[care][levels];
    boolean[][] seen = new boolean[care][levels];
    List<MedicalAidPolicy.BasicTerms> terms = p.basicInsurance().terms();
    for (int i = 0; i < terms.size(); i++) {
      MedicalAidPolicy.BasicTerms t = terms.get(i);
      String at = "basicInsurance.terms[" + i + "]";
      int c = t.careType().ordinal();
      int l = t.hospitalLevel().ordinal();
      problems.check(!seen[c][l], at, "terms for " + t.careType() + " at " + t.hospitalLevel() + " are given twice");
      seen[c][l] = true;
      problems.nonNegative(t.deductible(), at + ".deductibleFen");
      problems.atMostOne(t.ratio(), at + ".ratio");
      deductibleFen[c][l] = t.deductible().fen();
      basicRatioBp[c][l] = t.ratio().basisPoints();
    }
    for (CareType c : CareType.values()) {
      for (HospitalLevel l : HospitalLevel.values()) {
        problems.check(seen[c.ordinal()][l.ordinal()], "basicInsurance.terms", "no terms for " + c + " at " + l);
      }
    }
    problems.nonNegative(p.basicInsurance().annualCap(), "basicInsurance.annualCapFen");
    basicCapFen = p.basicInsurance().annualCap().fen();

    MedicalAidPolicy.CriticalIllness critical = p.criticalIllness();
    MedicalAidPolicy.Tilt tilt = critical.tilt();
    problems.nonNegative(critical.threshold(), "criticalIllness.thresholdFen");
    problems.nonNegative(critical.annualCap(), "criticalIllness.annualCapFen");
    problems.atMostOne(tilt.ratioCeiling(), "criticalIllness.tilt.ratioCeiling");
    problems.atMostOne(tilt.thresholdRatio(), "criticalIllness.tilt.thresholdRatio");
    thresholdFen = critical.threshold().fen();
    tiltThresholdRatio = tilt.thresholdRatio();
    tiltedThresholdFen = critical.threshold().times(tilt.thresholdRatio(), RoundingMode.HALF_UP).fen();
    criticalCapFen = critical.annualCap().fen();
    tiltWaivesCap = tilt.waiveAnnualCap();
    List<MedicalAidPolicy.Band> bands = critical.bands();
    problems.check(!bands.isEmpty(), "criticalIllness.bands", "at least one band is needed");
    bandWidthFen = new long[bands.size()];
    bandRatioBp = new long[bands.size()];
    tiltedBandRatioBp = new long[bands.size()];
    for (int i = 0; i < bands.size(); i++) {
      MedicalAidPolicy.Band b = bands.get(i);
      String at = "criticalIllness.bands[" + i + "]";
      problems.check(b.width().isPresent() || i == bands.size() - 1, at + ".widthFen", "only the last band may be open-ended");
      b.width().ifPresent(w -> problems.check(w.isPositive(), at + ".widthFen", "must be positive, was " + w.fen()));
      problems.atMostOne(b.ratio(), at + ".ratio");
      bandWidthFen[i] = b.width().map(Money::fen).orElse(Long.MAX_VALUE);
      bandRatioBp[i] = b.ratio().basisPoints();
      tiltedBandRatioBp[i] = b.ratio().plusAtMost(tilt.ratioBonus(), tilt.ratioCeiling()).basisPoints();
    }
    tilted = new boolean[AidCategory.values().length];
    Set<AidCategory> tiltSeen = EnumSet.noneOf(AidCategory.class);
    for (AidCategory c : tilt.categories()) {
      problems.check(tiltSeen.add(c), "criticalIllness.tilt.categories", c + " is listed twice");
      problems.check(c != AidCategory.NONE, "criticalIllness.tilt.categories", "NONE cannot be tilted");
      tilted[c.ordinal()] = true;
    }

    int n = AidCategory.values().length;
    aid = new MedicalAidPolicy.AidTerms[n];
    aidThresholdFen = new long[n];
    aidRatioBp = new long[n];
    aidCapFen = new long[n];
    List<MedicalAidPolicy.AidTerms> aidTerms = p.medicalAid().categories();
    for (int i = 0; i < aidTerms.size(); i++) {
      MedicalAidPolicy.AidTerms t = aidTerms.get(i);
      String at = "medicalAid.categories[" + i + "]";
      problems.check(t.category() != AidCategory.NONE, at + ".category", "NONE receives no aid and has no terms");
      problems.check(aid[t.category().ordinal()] == null, at + ".category", t.category() + " is given twice");
      problems.nonNegative(t.threshold(), at + ".thresholdFen");
      problems.nonNegative(t.annualCap(), at + ".annualCapFen");
      problems.atMostOne(t.ratio(), at + ".ratio");
      aid[t.category().ordinal()] = t;
      aidThresholdFen[t.category().ordinal()] = t.threshold().fen();
      aidRatioBp[t.category().ordinal()] = t.ratio().basisPoints();
      aidCapFen[t.category().ordinal()] = t.annualCap().fen();
    }
    for (AidCategory c : MedicalAidPolicy.aidCategories()) {
      problems.check(aid[c.ordinal()] != null, "medicalAid.categories", "no aid terms for " + c);
    }
    problems.throwIfAny();
  }

  static CompiledMedicalAidPolicy of(MedicalAidPolicy policy) {
    return new CompiledMedicalAidPolicy(policy);
  }
}
