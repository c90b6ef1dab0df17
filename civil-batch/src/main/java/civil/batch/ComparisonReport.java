package civil.batch;

import java.util.List;
import java.util.Map;

/**
 * A comparison of two settlements of the same bills ({@code comparison.json}, and the answer of
 * the server's simulation route): both figures and the difference (draft minus baseline) by
 * payer, overall, by aid category, by month ({@code yyyy-MM}) and by hospital ({@code MANUAL} for
 * manual claims); how many residents' medical aid rises, falls or stays; the largest rises and
 * falls with masked resident IDs.
 */
public record ComparisonReport(long bills, long residents, Group totals, Map<String, Group> byCategory,
    Map<String, Group> byMonth, Map<String, Group> byHospital, Counts residentsByMedicalAid,
    List<Ranked> largestRises, List<Ranked> largestFalls) {

  /** What each payer pays, and their sum (the bills' total). */
  public record Payers(long basicInsuranceFen, long criticalIllnessFen, long medicalAidFen, long selfPayFen, long totalFen) {}

  /** A group of bills: how many, what the payers pay in the baseline and the draft, and the difference. */
  public record Group(long bills, Payers baseline, Payers draft, Payers difference) {}

  /** Residents whose medical aid over the bills rises, falls or stays the same. */
  public record Counts(long rises, long falls, long same) {}

  /** One resident's medical aid both ways; the ID masked. */
  public record Ranked(String resident, long baselineMedicalAidFen, long draftMedicalAidFen, long deltaFen) {}
}
