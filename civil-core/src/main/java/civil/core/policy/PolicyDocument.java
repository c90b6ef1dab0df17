package civil.core.policy;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A version of a policy document: its label, the first day it is in force and, optionally, the
 * last. Between two versions of one document, the later {@code effectiveFrom} replaces the
 * earlier one from that day on.
 */
public interface PolicyDocument {
  /** A label for this version, such as {@code "2026.1"}; unique within a document. */
  String version();

  LocalDate effectiveFrom();

  /** The last day in force, if the version was given an end; otherwise it runs until replaced. */
  Optional<LocalDate> effectiveTo();
}
