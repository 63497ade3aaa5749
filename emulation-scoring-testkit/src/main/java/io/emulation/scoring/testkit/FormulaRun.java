package io.emulation.scoring.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.scoring.ScoreLine;
import io.emulation.core.scoring.ScoringError;
import io.emulation.scoring.spi.Api;
import io.emulation.scoring.spi.Verdict;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * What a formula made of one value inside the fixture campaign, with fluent assertions. Every
 * assertion returns this run, so they chain; a failure message shows the whole line as the
 * engine explains it.
 *
 * @since 0.1
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class FormulaRun {
  private final String formulaId;
  private final BigDecimal value;
  private final EvaluationResult result;
  private final ScoreLine line;

  FormulaRun(String formulaId, BigDecimal value, EvaluationResult result) {
    this.formulaId = formulaId;
    this.value = value;
    this.result = result;
    this.line = result.result(FormulaFixture.PARTICIPANT).orElseThrow().scorecard()
        .line(FormulaFixture.CRITERION).orElseThrow();
  }

  /** The points, rounded to the campaign's scale (2 decimals); 0 when errored. */
  public BigDecimal points() {
    return line.points();
  }

  /** The verdict; {@link Verdict#NOT_JUDGED} when errored. */
  public Verdict verdict() {
    return line.verdict();
  }

  /** The formula's explanation in English (with the engine's notes on the value, if any). */
  public String explanation() {
    return explanation(Locale.ENGLISH);
  }

  /**
   * The formula's explanation in the given language (with the engine's notes on the value, if
   * any); a formula that speaks one language gives the same text in every language.
   *
   * @since 0.2
   */
  public String explanation(Locale locale) {
    return line.detail().in(locale);
  }

  /** The formula's fault, when it misbehaved. */
  public Optional<ScoringError> error() {
    return line.error();
  }

  /** The score line, for assertions the kit does not offer. */
  public ScoreLine line() {
    return line;
  }

  /** The whole evaluation of the fixture campaign. */
  public EvaluationResult result() {
    return result;
  }

  /** Asserts the points equal {@code expected} numerically ({@code "55"} matches 55.00). */
  public FormulaRun assertPoints(String expected) {
    assertScored();
    assertThat(line.points()).as(describe()).isEqualByComparingTo(expected);
    return this;
  }

  /** Asserts the English explanation contains every fragment. */
  public FormulaRun assertExplanationContains(String... fragments) {
    return assertExplanationContains(Locale.ENGLISH, fragments);
  }

  /**
   * Asserts the explanation in the given language contains every fragment.
   *
   * @since 0.2
   */
  public FormulaRun assertExplanationContains(Locale locale, String... fragments) {
    assertScored();
    assertThat(explanation(locale)).as(describe()).contains(fragments);
    return this;
  }

  /** Asserts the verdict. */
  public FormulaRun assertVerdict(Verdict expected) {
    assertScored();
    assertThat(line.verdict()).as(describe()).isEqualTo(expected);
    return this;
  }

  /**
   * Asserts the formula failed with this kind of fault, its English message containing the
   * fragments.
   */
  public FormulaRun assertFault(ScoringError.Fault expected, String... fragments) {
    assertThat(line.error()).as("%s: expected a %s fault", describe(), expected).isPresent();
    assertThat(line.error().get().fault()).as(describe()).isEqualTo(expected);
    assertThat(line.error().get().explain(Locale.ENGLISH)).as(describe()).contains(fragments);
    return this;
  }

  private void assertScored() {
    assertThat(line.status()).as("%s: the formula did not score", describe())
        .isEqualTo(ScoreLine.Status.SCORED);
  }

  private String describe() {
    return "'" + formulaId + "' scoring " + value.toPlainString() + " -> " + line.explain();
  }

  @Override
  public String toString() {
    return "FormulaRun{" + line.explain() + "}";
  }
}
