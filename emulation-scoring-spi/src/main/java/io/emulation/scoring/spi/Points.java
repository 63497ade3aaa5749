package io.emulation.scoring.spi;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * What a formula made of one input: the points, an optional pass/fail verdict and a short
 * explanation a person can read ("112% of plan: 50 (capped) + 2 bonus"). The engine rounds the
 * points to the campaign's declared scale; formulas need not round.
 *
 * <p>Since 1.1 the explanation may speak several languages ({@link Explanation}); it is rendered
 * only when read. Points compare equal when value, verdict and explanation are equal.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public final class Points {
  private final BigDecimal value;
  private final Verdict verdict;
  private final Explanation explanation;

  /**
   * Points with an explanation in one language.
   *
   * @param value the points; never {@code null}
   * @param verdict whether a requirement was met; {@link Verdict#NOT_JUDGED} for point-only
   *     formulas
   * @param explanation how the points came about; never {@code null}, may be empty
   */
  public Points(BigDecimal value, Verdict verdict, String explanation) {
    this(value, verdict, Explanation.of(Objects.requireNonNull(explanation, "explanation")));
  }

  /**
   * Points with an explanation that may speak several languages.
   *
   * @param value the points; never {@code null}
   * @param verdict whether a requirement was met
   * @param explanation how the points came about; never {@code null}
   * @since 1.1
   */
  public Points(BigDecimal value, Verdict verdict, Explanation explanation) {
    this.value = Objects.requireNonNull(value, "points value");
    this.verdict = Objects.requireNonNull(verdict, "verdict");
    this.explanation = Objects.requireNonNull(explanation, "explanation");
  }

  /** Points without a verdict. */
  public static Points of(BigDecimal value, String explanation) {
    return new Points(value, Verdict.NOT_JUDGED, explanation);
  }

  /** Points for a requirement that was met. */
  public static Points passed(BigDecimal value, String explanation) {
    return new Points(value, Verdict.PASSED, explanation);
  }

  /** Points for a requirement that was not met. */
  public static Points failed(BigDecimal value, String explanation) {
    return new Points(value, Verdict.FAILED, explanation);
  }

  /**
   * Points without a verdict, explained in the reader's language.
   *
   * @since 1.1
   */
  public static Points of(BigDecimal value, Explanation explanation) {
    return new Points(value, Verdict.NOT_JUDGED, explanation);
  }

  /**
   * Points for a requirement that was met, explained in the reader's language.
   *
   * @since 1.1
   */
  public static Points passed(BigDecimal value, Explanation explanation) {
    return new Points(value, Verdict.PASSED, explanation);
  }

  /**
   * Points for a requirement that was not met, explained in the reader's language.
   *
   * @since 1.1
   */
  public static Points failed(BigDecimal value, Explanation explanation) {
    return new Points(value, Verdict.FAILED, explanation);
  }

  /** The points; never {@code null}. */
  public BigDecimal value() {
    return value;
  }

  /** Whether a requirement was met; {@link Verdict#NOT_JUDGED} for point-only formulas. */
  public Verdict verdict() {
    return verdict;
  }

  /** How the points came about, in English; never {@code null}, may be empty. */
  public String explanation() {
    return explanation.in(Locale.ENGLISH);
  }

  /**
   * How the points came about, in the given language where the formula speaks it.
   *
   * @since 1.1
   */
  public String explanation(Locale locale) {
    return explanation.in(Objects.requireNonNull(locale, "locale"));
  }

  /**
   * The explanation itself, to render later or in several languages.
   *
   * @since 1.1
   */
  public Explanation explanationText() {
    return explanation;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Points that && value.equals(that.value)
        && verdict == that.verdict && explanation.equals(that.explanation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, verdict, explanation);
  }

  @Override
  public String toString() {
    String text = value.toPlainString() + (verdict == Verdict.NOT_JUDGED ? "" : " " + verdict);
    String words = explanation();
    return words.isEmpty() ? text : text + " (" + words + ")";
  }
}
