package io.emulation.core.grading;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.emulation.core.scoring.Scorecard;
import io.emulation.core.text.Message;
import java.util.Locale;
import java.util.Objects;

/**
 * The grade a participant got and why: which bands were passed over and for what reason.
 *
 * <p>Immutable, with value equality over the grade and the reasons, like a record. A decision
 * made by {@link GradingScale#grade(Scorecard)} on a scale of built-in requirements keeps only
 * the grade, and makes its reasons again from the scale and the scorecard each time {@link
 * #reasons()} is read: the reasons are equal on every read, and an evaluation of a million
 * participants does not keep a few million messages nobody may read.
 *
 * @since 0.1
 */
public final class GradeDecision {
  private final Grade grade;
  /** The reasons as given, or {@code null} when {@link #scale} makes them again. */
  private final ImmutableList<Message> reasons;
  private final GradingScale scale;
  private final Scorecard scorecard;

  /**
   * A decision with the reasons given; checks the parts.
   *
   * @param grade the grade given
   * @param reasons the reasoning, in order, e.g. {@code "not EXCELLENT: total 87.50 < 90"},
   *     ending with the band that matched; each rendered in the reader's language when read
   */
  public GradeDecision(Grade grade, ImmutableList<Message> reasons) {
    this.grade = requireNonNull(grade, "grade");
    this.reasons = requireNonNull(reasons, "reasons");
    this.scale = null;
    this.scorecard = null;
  }

  /** A decision whose reasons {@code scale} makes again from {@code scorecard} when read. */
  GradeDecision(Grade grade, GradingScale scale, Scorecard scorecard) {
    this.grade = requireNonNull(grade, "grade");
    this.reasons = null;
    this.scale = requireNonNull(scale, "scale");
    this.scorecard = requireNonNull(scorecard, "scorecard");
  }

  /** The grade given. */
  public Grade grade() {
    return grade;
  }

  /**
   * The reasoning, in order, e.g. {@code "not EXCELLENT: total 87.50 < 90"}, ending with the
   * band that matched; each rendered in the reader's language when read.
   *
   * @throws IllegalStateException when the reasons are made again and the scorecard no longer
   *     earns the grade, which only a library bug could cause (scorecards and scales are
   *     immutable)
   */
  public ImmutableList<Message> reasons() {
    return reasons != null ? reasons : scale.reasons(scorecard, grade);
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
    return Message.of("grade.decision", grade.code(), grade.name(), reasons()).in(locale);
  }

  /** Equal when the grades and the reasons are. */
  @Override
  public boolean equals(Object other) {
    return other instanceof GradeDecision that && grade.equals(that.grade)
        && reasons().equals(that.reasons());
  }

  @Override
  public int hashCode() {
    return Objects.hash(grade, reasons());
  }

  /** The parts, as a record shows them. */
  @Override
  public String toString() {
    return "GradeDecision[grade=" + grade + ", reasons=" + reasons() + "]";
  }
}
