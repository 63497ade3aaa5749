package io.emulation.core.grading;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * The grade a participant got and why: which bands were passed over and for what reason.
 *
 * @param grade the grade given
 * @param reasons the reasoning, in order, e.g. {@code "EXCELLENT needs total >= 90 but was
 *     87.50"}, ending with the band that matched
 * @since 0.1
 */
public record GradeDecision(Grade grade, ImmutableList<String> reasons) {

  /** Checks the parts. */
  public GradeDecision {
    requireNonNull(grade, "grade");
    requireNonNull(reasons, "reasons");
  }

  /** The decision in words, reasons joined by {@code "; "}. */
  public String explain() {
    return grade.code() + " (" + grade.name() + "): " + String.join("; ", reasons);
  }
}
