package civil.village.election;

import civil.core.policy.PolicyDocument;
import civil.core.policy.PolicyDocuments;
import civil.core.policy.PolicyProblems;
import civil.core.policy.PolicyRegistry;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The rules of the election groundwork survey, a versioned policy document (村民委员会组织法 and the
 * province's election rules). The default, in force from 2026-01-01, ships as
 * {@code election-rules-2026.json}: voters are 18 or older on election day; a resident registered
 * elsewhere may apply after living here one year; a committee has 3 seats up to 1,000 registered
 * residents, 5 up to 3,000, 7 beyond.
 */
public record ElectionRules(String version, LocalDate effectiveFrom, Optional<LocalDate> effectiveTo, int votingAge,
    int applicantMinimumYears, List<SeatBand> seats) implements PolicyDocument {
  /** The name of this document in registries and error messages. */
  public static final String DOCUMENT = "election-rules";

  /** Seats for a village of up to {@code upToRegistered} registered residents (empty: any number). */
  public record SeatBand(Optional<Integer> upToRegistered, int seats) {}

  public ElectionRules {
    seats = List.copyOf(seats);
    PolicyProblems p = PolicyProblems.create();
    p.check(votingAge > 0, "votingAge", "must be positive");
    p.check(applicantMinimumYears >= 0, "applicantMinimumYears", "must not be negative");
    p.check(!seats.isEmpty() && seats.get(seats.size() - 1).upToRegistered().isEmpty(), "seats",
        "the last band has no upper bound");
    for (int i = 1; i < seats.size(); i++) {
      int prev = seats.get(i - 1).upToRegistered().orElse(Integer.MAX_VALUE);
      p.check(seats.get(i).upToRegistered().map(u -> u > prev).orElse(true), "seats[" + i + "].upToRegistered",
          "bands rise");
    }
    p.throwIfAny();
  }

  public static ElectionRules defaults() {
    return PolicyDocuments.readResource(ElectionRules.class, "election-rules-2026.json", ElectionRules.class);
  }

  public static PolicyRegistry<ElectionRules> defaultRegistry() {
    return PolicyRegistry.of(DOCUMENT, defaults());
  }

  /** The committee's seats for a village with {@code registered} registered residents. */
  public int seatsFor(int registered) {
    for (SeatBand b : seats) {
      if (b.upToRegistered().map(u -> registered <= u).orElse(true)) {
        return b.seats();
      }
    }
    throw new IllegalStateException("the last band has no upper bound");
  }
}
