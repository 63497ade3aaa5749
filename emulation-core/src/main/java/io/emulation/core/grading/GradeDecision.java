package io.emulation.core.grading;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.emulation.core.text.Message;
import java.util.Locale;

/**
 * The grade a participant got and why: which bands were passed over and for what reason.
 *
 * @param grade the grade given
 * @param reasons the reasoning, in order, e.g. {@code "not EXCELLENT: total 87.50 < 90"}, ending
 *     with the band that matched; each rendered in the reader's language when read
 * @since 0.1
 */
public record GradeDecision(Grade grade, ImmutableList<Message> reasons) {

  /** Checks the parts. */
  public GradeDecision {
    requireNonNull(grade, "grade");
    requireNonNull(reasons, "reasons");
  }

  /** The decision in English words, reasons joined by {@code "; "}. */
  public String explain() {
    return explain(Locale.ENGLISH);
  }

  /**
   * The decision in words in the given language: the grade's code and name (kept as written),
   * then the reasons joined by {@code "; "}.
   *
   * @since 0.2
   */
  public String explain(Locale locale) {
    return Message.of("grade.decision", grade.code(), grade.name(), reasons).in(locale);
  }
}
