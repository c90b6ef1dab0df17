package civil.core.policy;

import civil.core.CivilStyle;
import civil.core.error.InvalidInputException;
import civil.core.money.Money;
import civil.core.money.Ratio;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A small policy document used to test loading. */
@CivilStyle
@Value.Immutable
@Value.Enclosing
@JsonDeserialize(as = ImmutableSamplePolicy.class)
abstract class SamplePolicy implements PolicyDocument {
  @Override
  public abstract String version();

  @Override
  public abstract LocalDate effectiveFrom();

  @Override
  public abstract Optional<LocalDate> effectiveTo();

  abstract Money capFen();

  abstract List<Band> bands();

  @Value.Check
  void check() {
    if (capFen().isNegative()) {
      throw new InvalidInputException("POLICY_DOCUMENT", "capFen", "must not be negative");
    }
  }

  @Value.Immutable
  @JsonDeserialize(as = ImmutableSamplePolicy.Band.class)
  abstract static class Band {
    abstract Money widthFen();

    abstract Ratio ratio();
  }
}
