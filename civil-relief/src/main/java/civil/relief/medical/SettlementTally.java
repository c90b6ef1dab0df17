package civil.relief.medical;

import civil.core.identity.HospitalCode;
import civil.core.identity.ResidentId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The medical-aid figures of a span of days, summed from its settlements: what a period's report
 * needs, without the settlements themselves (a city's half year is a million of them).
 *
 * <p>The rule ({@link #of}): a settlement <em>counts</em> in the span when it was settled in it and
 * is not reversed (a reversal made later takes it out of the span it was settled in); a
 * <em>reversal</em> counts in the span it was made in. A resident is <em>aided</em> when a counted
 * settlement of theirs paid medical aid (more than zero).
 *
 * <p>A store may compute the same value its own way (a database sums in place); whatever way, it
 * must equal {@link #of} over the same settlements.
 *
 * @param lines the counted settlements summed by aid category and hospital (none for a manual claim),
 *     ordered by category, then manual claims, then hospital code; no line has zero settlements
 * @param residentsAided residents aided, each counted once
 * @param residentsAidedBy residents aided through counted settlements of each category (a category
 *     with none is left out)
 * @param reversals reversals made in the span
 */
public record SettlementTally(List<Line> lines, int residentsAided, Map<AidCategory, Integer> residentsAidedBy,
    int reversals) {
  /** The order of {@link #lines}. */
  private static final Comparator<Line> ORDER = Comparator.comparing(Line::category)
      .thenComparing(l -> l.hospital().map(HospitalCode::value).orElse(""));

  /** What a line sums over: one aid category at one hospital, or by manual claim. */
  private record Key(AidCategory category, Optional<HospitalCode> hospital) {}

  /**
   * Counted settlements of one aid category at one hospital (or, with none, by manual claim), and
   * what the bill totals and each payer add up to, in fen.
   */
  public record Line(AidCategory category, Optional<HospitalCode> hospital, int settlements, long totalFen,
      long basicInsuranceFen, long criticalIllnessFen, long medicalAidFen, long selfPayFen) {
    public Line {
      if (settlements <= 0) {
        throw new IllegalArgumentException("a line counts at least one settlement");
      }
    }
  }

  public SettlementTally {
    lines = lines.stream().sorted(ORDER).toList();
    Map<AidCategory, Integer> nonZero = new EnumMap<>(AidCategory.class);
    residentsAidedBy.forEach((c, n) -> {
      if (n > 0) {
        nonZero.put(c, n);
      }
    });
    residentsAidedBy = Map.copyOf(nonZero);
    if (lines.stream().map(l -> new Key(l.category(), l.hospital())).distinct().count() != lines.size()) {
      throw new IllegalArgumentException("one line per category and hospital");
    }
  }

  /** No settlements and no reversals. */
  public static SettlementTally none() {
    return new SettlementTally(List.of(), 0, Map.of(), 0);
  }

  /** The figures of {@code from} to {@code to} (inclusive) from {@code settlements}, which may hold others too. */
  public static SettlementTally of(Collection<SettlementRecord> settlements, LocalDate from, LocalDate to) {
    Map<Key, long[]> sums = new LinkedHashMap<>(); // settlements, total, basic, critical, aid, self
    Set<ResidentId> aided = new HashSet<>();
    Map<AidCategory, Set<ResidentId>> aidedBy = new EnumMap<>(AidCategory.class);
    int reversals = 0;
    for (SettlementRecord s : settlements) {
      if (s.reversedOn().filter(d -> within(d, from, to)).isPresent()) {
        reversals++;
      }
      if (!countsIn(s, from, to)) {
        continue;
      }
      long[] sum = sums.computeIfAbsent(new Key(s.category(), s.bill().hospital()), k -> new long[6]);
      sum[0]++;
      sum[1] += s.bill().total().fen();
      sum[2] += s.basicInsurance().fen();
      sum[3] += s.criticalIllness().fen();
      sum[4] += s.medicalAid().fen();
      sum[5] += s.selfPay().fen();
      if (s.medicalAid().fen() > 0) {
        aided.add(s.bill().residentId());
        aidedBy.computeIfAbsent(s.category(), k -> new HashSet<>()).add(s.bill().residentId());
      }
    }
    List<Line> lines = new ArrayList<>();
    sums.forEach((k, v) -> lines.add(new Line(k.category(), k.hospital(), (int) v[0], v[1], v[2], v[3], v[4], v[5])));
    Map<AidCategory, Integer> by = new EnumMap<>(AidCategory.class);
    aidedBy.forEach((c, r) -> by.put(c, r.size()));
    return new SettlementTally(lines, aided.size(), by, reversals);
  }

  /** Whether {@code s} counts in the span: settled in it, and not reversed. */
  public static boolean countsIn(SettlementRecord s, LocalDate from, LocalDate to) {
    return within(s.bill().settledOn(), from, to) && !s.isReversed();
  }

  private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
    return !d.isBefore(from) && !d.isAfter(to);
  }

  /** Residents aided through counted settlements of {@code category}. */
  public int residentsAided(AidCategory category) {
    return residentsAidedBy.getOrDefault(category, 0);
  }

  /** The number of counted settlements. */
  public int settlements() {
    return lines.stream().mapToInt(Line::settlements).sum();
  }
}
