package civil.relief.hospital;

import static java.util.Objects.requireNonNull;

import civil.core.error.FieldProblem;
import civil.core.error.InvalidInputException;
import civil.core.identity.HospitalCode;
import civil.core.money.Money;
import civil.relief.medical.SettlementRecord;
import civil.relief.medical.SettlementStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A day's reconciliation (对账) of one hospital: its own record of the settlements it made that day
 * against the bureau's (the latest settlement of each bill settled that day, reversed or not).
 * Rows pair by settlement id, or by bill id where the hospital's row has none. Every row of either
 * side is in exactly one count: matched (no difference), mismatched (paired, with differences),
 * missing here (the hospital has it, the bureau does not) or missing there (the reverse). The day
 * is balanced exactly when there is no difference.
 */
public record Reconciliation(String reconciliationId, HospitalCode hospital, LocalDate date, boolean balanced,
    Counts counts, Side ours, Side theirs, List<Difference> differences) {

  /** How the rows fell. */
  public record Counts(int matched, int mismatched, int missingHere, int missingThere) {}

  /** One side's settled (not reversed) settlements: how many, their totals and their medical aid. */
  public record Side(int settlements, Money total, Money medicalAid) {}

  /** What a difference is. */
  public enum Kind {
    /** The hospital has a settlement the bureau does not (it never committed here). */
    MISSING_HERE,
    /** The bureau has a settlement the hospital does not (a time-out at the desk, typically). */
    MISSING_THERE,
    /** Settled on one side, reversed on the other. */
    STATUS_MISMATCH,
    /** An amount differs; one difference per field. */
    AMOUNT_MISMATCH
  }

  /**
   * One difference: for an amount, {@code field} names it ({@code medicalAidFen}) and the two
   * amounts are given; for a status, the two statuses.
   */
  public record Difference(String billId, Optional<String> settlementId, Kind kind, Optional<String> field,
      Optional<Money> oursAmount, Optional<Money> theirsAmount, Optional<String> ours, Optional<String> theirs) {}

  public Reconciliation {
    requireNonNull(reconciliationId, "reconciliationId");
    differences = List.copyOf(differences);
  }

  /**
   * Compares the hospital's rows with the bureau's settlements of that hospital settled on {@code date}.
   *
   * @param ours every settlement of the hospital settled on {@code date}, in the order recorded
   * @throws InvalidInputException {@code DUPLICATE_ROW} if the rows name a settlement id or a bill twice
   */
  public static Reconciliation of(String id, HospitalCode hospital, LocalDate date, List<HospitalRow> theirs,
      List<SettlementRecord> ours) {
    List<FieldProblem> duplicates = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Set<String> bills = new HashSet<>();
    for (int i = 0; i < theirs.size(); i++) {
      HospitalRow r = theirs.get(i);
      if (r.settlementId().isPresent() && !ids.add(r.settlementId().get())) {
        duplicates.add(new FieldProblem("settlements[" + i + "].settlementId", "names a settlement given before"));
      } else if (!bills.add(r.billId())) {
        duplicates.add(new FieldProblem("settlements[" + i + "].billId", "names a bill given before"));
      }
    }
    if (!duplicates.isEmpty()) {
      throw new InvalidInputException("DUPLICATE_ROW", duplicates);
    }
    // the bureau's side: the latest settlement of each bill that day
    Map<String, SettlementRecord> latest = new LinkedHashMap<>();
    for (SettlementRecord s : ours) {
      latest.remove(s.bill().billId());
      latest.put(s.bill().billId(), s);
    }
    Map<String, SettlementRecord> unpaired = new LinkedHashMap<>();
    latest.values().forEach(s -> unpaired.put(s.settlementId(), s));
    List<Difference> differences = new ArrayList<>();
    int matched = 0;
    int mismatched = 0;
    int missingHere = 0;
    for (HospitalRow row : theirs) {
      SettlementRecord pair = row.settlementId().map(unpaired::remove).orElse(null);
      if (pair == null && row.settlementId().isEmpty()) {
        pair = unpaired.values().stream().filter(s -> s.bill().billId().equals(row.billId())).findFirst().orElse(null);
        if (pair != null) {
          unpaired.remove(pair.settlementId());
        }
      }
      if (pair == null) {
        missingHere++;
        differences.add(new Difference(row.billId(), row.settlementId(), Kind.MISSING_HERE, Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(row.status().name())));
        continue;
      }
      List<Difference> found = compare(pair, row);
      if (found.isEmpty()) {
        matched++;
      } else {
        mismatched++;
        differences.addAll(found);
      }
    }
    for (SettlementRecord s : unpaired.values()) {
      differences.add(new Difference(s.bill().billId(), Optional.of(s.settlementId()), Kind.MISSING_THERE,
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(status(s).name()), Optional.empty()));
    }
    Side oursSide = side(latest.values().stream().filter(s -> !s.isReversed())
        .map(s -> new Money[] {s.bill().total(), s.medicalAid()}).toList());
    Side theirsSide = side(theirs.stream().filter(r -> r.status() == SettlementStatus.SETTLED)
        .map(r -> new Money[] {r.total(), r.medicalAid()}).toList());
    return new Reconciliation(id, hospital, date, differences.isEmpty(),
        new Counts(matched, mismatched, missingHere, unpaired.size()), oursSide, theirsSide, differences);
  }

  private static SettlementStatus status(SettlementRecord s) {
    return s.isReversed() ? SettlementStatus.REVERSED : SettlementStatus.SETTLED;
  }

  private static List<Difference> compare(SettlementRecord s, HospitalRow row) {
    List<Difference> out = new ArrayList<>();
    Optional<String> id = Optional.of(s.settlementId());
    if (status(s) != row.status()) {
      out.add(new Difference(s.bill().billId(), id, Kind.STATUS_MISMATCH, Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.of(status(s).name()), Optional.of(row.status().name())));
    }
    Object[][] fields = {
        {"totalFen", s.bill().total(), row.total()},
        {"basicInsuranceFen", s.basicInsurance(), row.basicInsurance()},
        {"criticalIllnessFen", s.criticalIllness(), row.criticalIllness()},
        {"medicalAidFen", s.medicalAid(), row.medicalAid()},
        {"selfPayFen", s.selfPay(), row.selfPay()}};
    for (Object[] f : fields) {
      if (!f[1].equals(f[2])) {
        out.add(new Difference(s.bill().billId(), id, Kind.AMOUNT_MISMATCH, Optional.of((String) f[0]),
            Optional.of((Money) f[1]), Optional.of((Money) f[2]), Optional.empty(), Optional.empty()));
      }
    }
    return out;
  }

  private static Side side(List<Money[]> rows) {
    return new Side(rows.size(), Money.total(rows.stream().map(r -> r[0]).toList()),
        Money.total(rows.stream().map(r -> r[1]).toList()));
  }
}
