package civil.relief.hospital;

import static java.util.Objects.requireNonNull;

import civil.core.error.ConflictException;
import civil.core.identity.HospitalCode;
import civil.core.money.Money;
import civil.relief.medical.SettlementRecord;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A monthly clearing statement (清算单): what the bureau owes a hospital for the medical aid it
 * advanced to its patients (医院垫付, 民政拨付). Drawn for a month that has ended, in month order per
 * hospital, one per month; its lines never change once drawn:
 *
 * <ul>
 *   <li>a {@code SETTLEMENT} line (+ medical aid, zero included) for each settlement of the hospital
 *       settled on or before the month's last day, not reversed when the statement is drawn, and on
 *       no earlier statement (a late upload for an earlier month lands on the next statement);
 *   <li>a {@code REVERSAL} line (− medical aid) for each settlement with a {@code SETTLEMENT} line on
 *       an earlier statement that has been reversed since and not yet netted: a reversal is netted on
 *       the first statement drawn after it, whatever its month;
 *   <li>a settlement reversed before it was ever on a statement gets no line.
 * </ul>
 *
 * A statement is {@code DRAFT}, then {@code APPROVED}, then {@code PAID}.
 */
public record ClearingStatement(String clearingId, HospitalCode hospital, YearMonth month, Status status,
    List<Line> lines, Optional<LocalDate> paidOn) {

  /** Where a statement stands. */
  public enum Status {
    DRAFT,
    APPROVED,
    PAID
  }

  /** What a line clears. */
  public enum Kind {
    SETTLEMENT,
    REVERSAL
  }

  /** One line: the settlement, its day, and the medical aid it adds (or, for a reversal, takes back). */
  public record Line(String settlementId, String billId, LocalDate settledOn, Kind kind, Money medicalAid,
      Money basicInsurance, Money criticalIllness) {}

  public ClearingStatement {
    requireNonNull(clearingId, "clearingId");
    lines = List.copyOf(lines);
  }

  /**
   * Draws the statement of {@code month}.
   *
   * @param settlements every settlement of the hospital settled on or before the month's last day,
   *     as it stands now (reversed or not)
   * @param earlier the hospital's statements drawn before, in any order
   * @throws ConflictException {@code CLEARING_EXISTS} for a month already drawn,
   *     {@code CLEARING_OUT_OF_ORDER} for a month before the latest one drawn
   */
  public static ClearingStatement draw(String clearingId, HospitalCode hospital, YearMonth month,
      List<SettlementRecord> settlements, List<ClearingStatement> earlier) {
    for (ClearingStatement e : earlier) {
      if (e.month().equals(month)) {
        throw new ConflictException("CLEARING_EXISTS", "hospital " + hospital + " has a statement for " + month
            + " already: " + e.clearingId());
      }
      if (e.month().isAfter(month)) {
        throw new ConflictException("CLEARING_OUT_OF_ORDER", "hospital " + hospital + " has a statement for "
            + e.month() + "; statements are drawn in month order");
      }
    }
    Set<String> cleared = new HashSet<>();
    Set<String> netted = new HashSet<>();
    for (ClearingStatement e : earlier) {
      for (Line l : e.lines()) {
        (l.kind() == Kind.SETTLEMENT ? cleared : netted).add(l.settlementId());
      }
    }
    LocalDate last = month.atEndOfMonth();
    List<Line> settled = new ArrayList<>();
    List<Line> reversed = new ArrayList<>();
    for (SettlementRecord s : settlements) {
      if (s.bill().settledOn().isAfter(last)) {
        continue;
      }
      if (!cleared.contains(s.settlementId()) && !s.isReversed()) {
        settled.add(line(s, Kind.SETTLEMENT, s.medicalAid()));
      } else if (cleared.contains(s.settlementId()) && s.isReversed() && !netted.contains(s.settlementId())) {
        reversed.add(line(s, Kind.REVERSAL, s.medicalAid().negated()));
      }
    }
    Comparator<Line> order = Comparator.comparing(Line::settledOn).thenComparing(Line::settlementId);
    settled.sort(order);
    reversed.sort(order);
    List<Line> lines = new ArrayList<>(settled);
    lines.addAll(reversed);
    return new ClearingStatement(clearingId, hospital, month, Status.DRAFT, lines, Optional.empty());
  }

  private static Line line(SettlementRecord s, Kind kind, Money aid) {
    boolean settlement = kind == Kind.SETTLEMENT;
    return new Line(s.settlementId(), s.bill().billId(), s.bill().settledOn(), kind, aid,
        settlement ? s.basicInsurance() : Money.zero(), settlement ? s.criticalIllness() : Money.zero());
  }

  public int settlementLines() {
    return (int) lines.stream().filter(l -> l.kind() == Kind.SETTLEMENT).count();
  }

  public int reversalLines() {
    return (int) lines.stream().filter(l -> l.kind() == Kind.REVERSAL).count();
  }

  /** The net medical aid the bureau pays the hospital on this statement (negative when reversals outweigh). */
  public Money medicalAid() {
    return Money.total(lines.stream().map(Line::medicalAid).toList());
  }

  /** For information: what basic insurance paid over the settlement lines. */
  public Money basicInsurance() {
    return Money.total(lines.stream().map(Line::basicInsurance).toList());
  }

  /** For information: what critical illness insurance paid over the settlement lines. */
  public Money criticalIllness() {
    return Money.total(lines.stream().map(Line::criticalIllness).toList());
  }

  /**
   * The statement approved.
   *
   * @throws ConflictException {@code CLEARING_NOT_DRAFT} unless it is a draft
   */
  public ClearingStatement approve() {
    if (status != Status.DRAFT) {
      throw new ConflictException("CLEARING_NOT_DRAFT", "statement " + clearingId + " is " + status
          + "; only a draft is approved, once");
    }
    return new ClearingStatement(clearingId, hospital, month, Status.APPROVED, lines, paidOn);
  }

  /**
   * The statement paid on {@code on}.
   *
   * @throws ConflictException {@code CLEARING_NOT_APPROVED} unless it is approved and unpaid
   */
  public ClearingStatement pay(LocalDate on) {
    if (status != Status.APPROVED) {
      throw new ConflictException("CLEARING_NOT_APPROVED", "statement " + clearingId + " is " + status
          + "; only an approved statement is paid, once");
    }
    return new ClearingStatement(clearingId, hospital, month, Status.PAID, lines, Optional.of(on));
  }
}
