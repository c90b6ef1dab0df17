package civil.batch;

import civil.core.identity.ResidentId;
import civil.relief.medical.AidCategory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Two settlements of the same bills side by side (a baseline and a draft), bill by bill in the
 * settlements file's order: totals by payer, by aid category, by month and by hospital, each
 * with both figures and the difference; how many residents' medical aid rises, falls or stays;
 * the largest rises and falls (masked IDs); one delta line per bill and field that differ; and
 * per resident what the draft changes in self pay (what a back-dated policy owes each resident).
 */
public final class Comparison {
  /** The header of {@code deltas.csv}. */
  public static final String DELTAS_HEADER = "billId,residentId,field,baselineFen,draftFen,deltaFen";
  /** The header of {@code owed.csv}. */
  public static final String OWED_HEADER = "residentId,bills,baselineSelfPayFen,draftSelfPayFen,owedFen";
  static final int LARGEST = 10;
  private static final String[] PAYERS = {"basicInsuranceFen", "criticalIllnessFen", "medicalAidFen", "selfPayFen"};

  private final Consumer<String> deltas;
  private final Consumer<String> owed;
  private long bills;
  private long residents;
  private final Figures totals = new Figures();
  private final Map<String, Figures> byCategory = new LinkedHashMap<>();
  private final Map<String, Figures> byMonth = new TreeMap<>();
  private final Map<String, Figures> byHospital = new TreeMap<>();
  private long rises;
  private long falls;
  private long same;
  // the kept rows, the least extreme on top (ties: the later resident id goes first)
  private final PriorityQueue<Ranked> largestRises = new PriorityQueue<>(
      Comparator.comparingLong(Ranked::delta).thenComparing(Ranked::resident, Comparator.reverseOrder()));
  private final PriorityQueue<Ranked> largestFalls = new PriorityQueue<>(
      Comparator.comparingLong((Ranked r) -> -r.delta()).thenComparing(Ranked::resident, Comparator.reverseOrder()));

  private record Ranked(String resident, long baseline, long delta) {}
  // the resident being added up
  private String resident;
  private long residentBills;
  private final long[] residentAid = new long[2];
  private final long[] residentSelf = new long[2];

  /** A comparison that sends delta lines and owed lines (without headers) to the given sinks. */
  public Comparison(Consumer<String> deltas, Consumer<String> owed) {
    this.deltas = deltas;
    this.owed = owed;
    for (AidCategory c : AidCategory.values()) {
      byCategory.put(c.name(), new Figures());
    }
  }

  /** A comparison that keeps only the totals. */
  public Comparison() {
    this(line -> { }, line -> { });
  }

  /**
   * Adds one bill settled both ways; bills come in the settlements file's order.
   *
   * @throws IllegalArgumentException if the two are not the same bill
   */
  public void add(SettledBill base, SettledBill draft, long line) {
    if (!base.key().equals(draft.key()) || !base.residentId().equals(draft.residentId())
        || !base.settledOn().equals(draft.settledOn())) {
      throw new IllegalArgumentException("line " + line + ": the baseline settles " + base.key() + " where the draft settles "
          + draft.key() + "; compare two settlements of the same bills");
    }
    if (!base.residentId().equals(resident)) {
      closeResident();
      resident = base.residentId();
      residents++;
    }
    bills++;
    residentBills++;
    residentAid[0] += base.medicalAidFen();
    residentAid[1] += draft.medicalAidFen();
    residentSelf[0] += base.selfPayFen();
    residentSelf[1] += draft.selfPayFen();
    long[] b = payers(base);
    long[] d = payers(draft);
    totals.add(b, d);
    byCategory.get(base.aidCategory().name()).add(b, d);
    byMonth.computeIfAbsent(base.settledOn().toString().substring(0, 7), k -> new Figures()).add(b, d);
    byHospital.computeIfAbsent(base.hospitalCode().isEmpty() ? "MANUAL" : base.hospitalCode(), k -> new Figures()).add(b, d);
    for (int i = 0; i < PAYERS.length; i++) {
      if (b[i] != d[i]) {
        deltas.accept(base.billId() + "," + base.residentId() + "," + PAYERS[i] + "," + b[i] + "," + d[i] + "," + (d[i] - b[i]));
      }
    }
  }

  private void closeResident() {
    if (resident == null) {
      return;
    }
    long delta = residentAid[1] - residentAid[0];
    if (delta > 0) {
      rises++;
      keep(largestRises, delta);
    } else if (delta < 0) {
      falls++;
      keep(largestFalls, delta);
    } else {
      same++;
    }
    if (residentSelf[0] != residentSelf[1]) {
      owed.accept(resident + "," + residentBills + "," + residentSelf[0] + "," + residentSelf[1] + ","
          + (residentSelf[0] - residentSelf[1]));
    }
    residentBills = 0;
    residentAid[0] = residentAid[1] = residentSelf[0] = residentSelf[1] = 0;
  }

  private void keep(PriorityQueue<Ranked> largest, long delta) {
    largest.add(new Ranked(resident, residentAid[0], delta));
    if (largest.size() > LARGEST) {
      largest.poll();
    }
  }

  /** The comparison, as {@code comparison.json} holds it; call once, after the last bill. */
  public ComparisonReport report() {
    closeResident();
    resident = null;
    return new ComparisonReport(bills, residents, totals.group(), groups(byCategory), groups(byMonth), groups(byHospital),
        new ComparisonReport.Counts(rises, falls, same), largest(largestRises, true), largest(largestFalls, false));
  }

  private static List<ComparisonReport.Ranked> largest(PriorityQueue<Ranked> queue, boolean rising) {
    List<Ranked> rows = new ArrayList<>(queue);
    rows.sort(Comparator.comparingLong((Ranked r) -> rising ? -r.delta() : r.delta()).thenComparing(Ranked::resident));
    List<ComparisonReport.Ranked> out = new ArrayList<>();
    for (Ranked r : rows) {
      out.add(new ComparisonReport.Ranked(ResidentId.parse(r.resident()).masked(), r.baseline(), r.baseline() + r.delta(),
          r.delta()));
    }
    return out;
  }

  private static Map<String, ComparisonReport.Group> groups(Map<String, Figures> figures) {
    Map<String, ComparisonReport.Group> m = new LinkedHashMap<>();
    figures.forEach((k, v) -> m.put(k, v.group()));
    return m;
  }

  private static long[] payers(SettledBill s) {
    return new long[] {s.basicInsuranceFen(), s.criticalIllnessFen(), s.medicalAidFen(), s.selfPayFen()};
  }

  /** One group's payers, both ways. */
  private static final class Figures {
    final long[] baseline = new long[PAYERS.length];
    final long[] draft = new long[PAYERS.length];
    long bills;

    void add(long[] b, long[] d) {
      bills++;
      for (int i = 0; i < PAYERS.length; i++) {
        baseline[i] += b[i];
        draft[i] += d[i];
      }
    }

    ComparisonReport.Group group() {
      long[] diff = new long[PAYERS.length];
      for (int i = 0; i < PAYERS.length; i++) {
        diff[i] = draft[i] - baseline[i];
      }
      return new ComparisonReport.Group(bills, payers(baseline), payers(draft), payers(diff));
    }

    private static ComparisonReport.Payers payers(long[] v) {
      return new ComparisonReport.Payers(v[0], v[1], v[2], v[3], v[0] + v[1] + v[2] + v[3]);
    }
  }
}
