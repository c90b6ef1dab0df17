package civil.relief.round;

import civil.core.error.ConflictException;
import civil.core.error.RefusedException;
import civil.core.error.InvalidInputException;
import civil.core.identity.AreaCode;
import civil.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * A relief round (生活救助发放批次): its name, subdistricts and rule, the date on which need was
 * tested, its roster, and its progress from draft to approved to paid. Each household appears at
 * most once on the roster. Once paid, only corrections (new, linked entries) may be added.
 */
@Value.Immutable
public abstract class ReliefRound {
  public abstract String roundId();

  public abstract String name();

  public abstract List<AreaCode> subdistricts();

  public abstract RoundRule rule();

  /** The day the households' need was tested. */
  public abstract LocalDate asOf();

  public abstract LocalDate draftedOn();

  public abstract RoundStatus status();

  public abstract Optional<String> approvedBy();

  public abstract Optional<LocalDate> approvedOn();

  public abstract Optional<LocalDate> paidOn();

  public abstract List<RosterEntry> roster();

  public abstract List<RosterCorrection> corrections();

  static ReliefRound draft(String roundId, String name, List<AreaCode> subdistricts, RoundRule rule, LocalDate asOf,
      LocalDate draftedOn, List<RosterEntry> roster) {
    return ImmutableReliefRound.builder().roundId(roundId).name(name).subdistricts(subdistricts).rule(rule).asOf(asOf)
        .draftedOn(draftedOn).status(RoundStatus.DRAFT).roster(roster).build();
  }

  /** A round as stored. */
  public static ReliefRound of(String roundId, String name, List<AreaCode> subdistricts, RoundRule rule, LocalDate asOf,
      LocalDate draftedOn, RoundStatus status, Optional<String> approvedBy, Optional<LocalDate> approvedOn,
      Optional<LocalDate> paidOn, List<RosterEntry> roster, List<RosterCorrection> corrections) {
    return ImmutableReliefRound.builder().roundId(roundId).name(name).subdistricts(subdistricts).rule(rule).asOf(asOf)
        .draftedOn(draftedOn).status(status).approvedBy(approvedBy).approvedOn(approvedOn).paidOn(paidOn)
        .roster(roster).corrections(corrections).build();
  }

  /**
   * This round approved.
   *
   * @throws ConflictException {@code ROUND_NOT_DRAFT} unless it is a draft
   */
  public ReliefRound approve(String approver, LocalDate on) {
    if (status() != RoundStatus.DRAFT) {
      throw new ConflictException("ROUND_NOT_DRAFT", "round " + roundId() + " is already " + status());
    }
    if (approver.isBlank() || approver.length() > 100) {
      throw new InvalidInputException("INVALID_APPROVER", "approvedBy", "is 1 to 100 characters");
    }
    return ImmutableReliefRound.builder().from(this).status(RoundStatus.APPROVED).approvedBy(approver).approvedOn(on).build();
  }

  /**
   * This round paid.
   *
   * @throws ConflictException {@code ROUND_NOT_APPROVED} unless it is approved and not yet paid
   */
  public ReliefRound pay(LocalDate on) {
    if (status() != RoundStatus.APPROVED) {
      throw new ConflictException("ROUND_NOT_APPROVED",
          "round " + roundId() + " is " + status() + "; only an approved round is paid, once");
    }
    return ImmutableReliefRound.builder().from(this).status(RoundStatus.PAID).paidOn(on).build();
  }

  /**
   * This round with a correction linked to it.
   *
   * @throws ConflictException {@code ROUND_NOT_PAID} unless it is paid (a draft is simply redrafted)
   * @throws RefusedException {@code NOT_ON_ROSTER} for a household the round did not pay, and
   *     {@code CORRECTION_BELOW_ZERO} for a take-back (追回) of more than the round paid the household
   */
  public ReliefRound correct(RosterCorrection correction) {
    if (status() != RoundStatus.PAID) {
      throw new ConflictException("ROUND_NOT_PAID", "round " + roundId() + " is " + status()
          + "; corrections are linked to paid rounds");
    }
    RosterEntry entry = roster().stream().filter(e -> e.householdId().equals(correction.householdId())).findFirst()
        .orElseThrow(() -> new RefusedException("NOT_ON_ROSTER", "household " + correction.householdId()
            + " is not on the roster of round " + roundId() + "; a household missed off it gets a round of its own"));
    Money after = paidTo(entry.householdId()).plus(correction.amount());
    if (after.isNegative()) {
      throw new RefusedException("CORRECTION_BELOW_ZERO", "round " + roundId() + " paid household "
          + entry.householdId() + " " + paidTo(entry.householdId()).format() + " with its corrections; taking back "
          + correction.amount().negated().format() + " would leave " + after.format());
    }
    return ImmutableReliefRound.builder().from(this).addCorrections(correction).build();
  }

  /** What the round paid a household: its roster amount with its corrections; zero if it is not on the roster. */
  public Money paidTo(String householdId) {
    Money paid = Money.zero();
    for (RosterEntry e : roster()) {
      if (e.householdId().equals(householdId)) {
        paid = paid.plus(e.amount());
      }
    }
    for (RosterCorrection c : corrections()) {
      if (c.householdId().equals(householdId)) {
        paid = paid.plus(c.amount());
      }
    }
    return paid;
  }

  /** The roster's total with the corrections. */
  public Money total() {
    return Money.total(roster().stream().map(RosterEntry::amount).toList())
        .plus(Money.total(corrections().stream().map(RosterCorrection::amount).toList()));
  }

  /** Totals by subdistrict, in code order; corrections count in their household's subdistrict. */
  public List<SubdistrictTotal> totalsBySubdistrict() {
    Map<AreaCode, Money> amounts = new TreeMap<>();
    Map<AreaCode, Integer> counts = new TreeMap<>();
    Map<String, AreaCode> where = new TreeMap<>();
    for (AreaCode s : subdistricts()) {
      amounts.put(s, Money.zero());
      counts.put(s, 0);
    }
    for (RosterEntry e : roster()) {
      amounts.merge(e.subdistrict(), e.amount(), Money::plus);
      counts.merge(e.subdistrict(), 1, Integer::sum);
      where.put(e.householdId(), e.subdistrict());
    }
    for (RosterCorrection c : corrections()) {
      // a correction names a household on the roster (checked when it is made), so every one lands in a row
      amounts.merge(where.get(c.householdId()), c.amount(), Money::plus);
    }
    List<SubdistrictTotal> totals = new ArrayList<>();
    amounts.forEach((s, m) -> totals.add(new SubdistrictTotal(s, counts.get(s), m)));
    return totals;
  }

  @Value.Check
  void check() {
    if (name().isBlank() || name().length() > 200) {
      throw new InvalidInputException("INVALID_ROUND", "name", "is 1 to 200 characters");
    }
    if (subdistricts().isEmpty()) {
      throw new InvalidInputException("INVALID_ROUND", "subdistricts", "at least one subdistrict");
    }
    for (int i = 0; i < subdistricts().size(); i++) {
      if (subdistricts().get(i).level() != AreaCode.Level.SUBDISTRICT) {
        throw new InvalidInputException("INVALID_ROUND", "subdistricts[" + i + "]", "must be a 9-digit subdistrict code");
      }
    }
    Set<String> seen = new HashSet<>();
    for (RosterEntry e : roster()) {
      if (!seen.add(e.householdId())) {
        throw new IllegalStateException("household " + e.householdId() + " twice on round " + roundId());
      }
    }
  }
}
