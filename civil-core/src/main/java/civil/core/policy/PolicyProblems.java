package civil.core.policy;

import civil.core.error.FieldProblem;
import civil.core.error.InvalidInputException;
import civil.core.money.Money;
import civil.core.money.Ratio;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Collects every problem of a policy document so that loading reports all of them at once, not
 * only the first. A document's single {@code @Value.Check} creates one collector, lets each
 * section add what is wrong with it ({@link #under} puts a section's fields under its name) and
 * ends with {@link #throwIfAny()}.
 */
public final class PolicyProblems {
  private final List<FieldProblem> problems;
  private final String prefix;

  private PolicyProblems(List<FieldProblem> problems, String prefix) {
    this.problems = problems;
    this.prefix = prefix;
  }

  /** An empty collector. */
  public static PolicyProblems create() {
    return new PolicyProblems(new ArrayList<>(), "");
  }

  /** A view that records into this collector with every field under {@code section}. */
  public PolicyProblems under(String section) {
    return new PolicyProblems(problems, field(section));
  }

  /** Records {@code message} for {@code field} unless {@code ok}. */
  public void check(boolean ok, String field, String message) {
    if (!ok) {
      problems.add(new FieldProblem(field(field), message));
    }
  }

  /** Records a problem unless {@code amount} is zero or more. */
  public void nonNegative(Money amount, String field) {
    check(!amount.isNegative(), field, "must not be negative, was " + amount.fen());
  }

  /** Records a problem unless {@code rate} is at most 100%. */
  public void atMostOne(Ratio rate, String field) {
    check(!rate.isGreaterThan(Ratio.one()), field, "must be at most 100%, was " + rate);
  }

  /**
   * The entries indexed by their enum key, recording a problem for a key given twice and for each
   * constant of {@code type} with no entry (the map then lacks it).
   */
  public <E extends Enum<E>, T, V> Map<E, V> onePerConstant(List<T> entries, Function<T, E> key,
      Function<T, V> value, Class<E> type, String field) {
    return onePerConstant(entries, key, value, type, List.of(type.getEnumConstants()), field);
  }

  /** As {@link #onePerConstant(List, Function, Function, Class, String)}, for the constants in {@code required}. */
  public <E extends Enum<E>, T, V> Map<E, V> onePerConstant(List<T> entries, Function<T, E> key,
      Function<T, V> value, Class<E> type, List<E> required, String field) {
    Map<E, V> map = new EnumMap<>(type);
    for (T entry : entries) {
      E k = key.apply(entry);
      check(required.contains(k), field, k + " has no entry here");
      check(map.putIfAbsent(k, value.apply(entry)) == null, field, k + " is given twice");
    }
    for (E constant : required) {
      check(map.containsKey(constant), field, "no entry for " + constant);
    }
    return map;
  }

  /** The problems recorded so far, in order. */
  public List<FieldProblem> problems() {
    return Collections.unmodifiableList(problems);
  }

  /** Throws an {@link InvalidInputException} with code {@code POLICY_DOCUMENT} naming every problem, if any. */
  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException("POLICY_DOCUMENT", List.copyOf(problems));
    }
  }

  private String field(String name) {
    if (prefix.isEmpty()) {
      return name;
    }
    return name.isEmpty() ? prefix : name.startsWith("[") ? prefix + name : prefix + "." + name;
  }
}
