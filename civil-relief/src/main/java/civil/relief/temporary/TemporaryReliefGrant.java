package civil.relief.temporary;

import civil.core.money.Money;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A temporary-relief grant as recorded: to which household, why, when, how much and how decided. */
@Value.Immutable
public abstract class TemporaryReliefGrant {
  public abstract String grantId();

  public abstract String householdId();

  public abstract ReliefCause cause();

  public abstract LocalDate grantedOn();

  public abstract Optional<String> note();

  public abstract TemporaryReliefDecision decision();

  public Money amount() {
    return decision().grant();
  }

  /** A grant as decided or stored. */
  public static TemporaryReliefGrant of(String grantId, TemporaryReliefRequest request, TemporaryReliefDecision decision) {
    return ImmutableTemporaryReliefGrant.builder().grantId(grantId).householdId(request.householdId())
        .cause(request.cause()).grantedOn(request.grantedOn()).note(request.note()).decision(decision).build();
  }
}
