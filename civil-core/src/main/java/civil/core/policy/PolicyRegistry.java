package civil.core.policy;

import static java.util.Objects.requireNonNull;

import civil.core.error.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The versions of one policy document. {@link #inForceOn} returns the version with the latest
 * {@code effectiveFrom} on or before the date, provided its {@code effectiveTo} (if any) has not
 * passed; versions may coexist, and a later one takes over from its first day without any
 * change of code.
 */
public final class PolicyRegistry<T extends PolicyDocument> {
  private final String document;
  private final List<T> versions;

  private PolicyRegistry(String document, List<T> versions) {
    this.document = document;
    this.versions = versions;
  }

  /**
   * A registry of {@code versions} of the document called {@code document}.
   *
   * @throws InvalidInputException if there is no version, or two share a label or a first day
   */
  public static <T extends PolicyDocument> PolicyRegistry<T> of(String document, Collection<T> versions) {
    requireNonNull(document, "document");
    if (versions.isEmpty()) {
      throw new InvalidInputException("POLICY_DOCUMENT", "", "the " + document + " policy needs at least one version");
    }
    List<T> sorted = new ArrayList<>(versions);
    sorted.sort(Comparator.comparing(PolicyDocument::effectiveFrom));
    Set<String> labels = new HashSet<>();
    Set<LocalDate> starts = new HashSet<>();
    for (T v : sorted) {
      if (!labels.add(v.version())) {
        throw new InvalidInputException(
            "POLICY_DOCUMENT", "version", "two versions of the " + document + " policy are labelled " + v.version());
      }
      if (!starts.add(v.effectiveFrom())) {
        throw new InvalidInputException(
            "POLICY_DOCUMENT", "effectiveFrom",
            "two versions of the " + document + " policy take effect on " + v.effectiveFrom());
      }
      if (v.effectiveTo().isPresent() && v.effectiveTo().get().isBefore(v.effectiveFrom())) {
        throw new InvalidInputException(
            "POLICY_DOCUMENT", "effectiveTo",
            "version " + v.version() + " of the " + document + " policy ends before it starts");
      }
    }
    return new PolicyRegistry<>(document, List.copyOf(sorted));
  }

  /** A registry of one version. */
  public static <T extends PolicyDocument> PolicyRegistry<T> of(String document, T version) {
    return of(document, List.of(version));
  }

  /** The same registry with one more version. */
  public PolicyRegistry<T> with(T version) {
    List<T> more = new ArrayList<>(versions);
    more.add(version);
    return of(document, more);
  }

  /** The version in force on {@code date}, if any. */
  public Optional<T> find(LocalDate date) {
    T found = null;
    for (T v : versions) {
      if (v.effectiveFrom().isAfter(date)) {
        break;
      }
      found = v;
    }
    if (found == null || (found.effectiveTo().isPresent() && found.effectiveTo().get().isBefore(date))) {
      return Optional.empty();
    }
    return Optional.of(found);
  }

  /**
   * The version in force on {@code date}.
   *
   * @throws NoPolicyInForceException if none is
   */
  public T inForceOn(LocalDate date) {
    return find(date).orElseThrow(() -> new NoPolicyInForceException(document, date));
  }

  /** All versions, by first day. */
  public List<T> versions() {
    return versions;
  }

  public String document() {
    return document;
  }
}
