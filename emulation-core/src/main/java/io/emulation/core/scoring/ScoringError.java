package io.emulation.core.scoring;

import static java.util.Objects.requireNonNull;

import io.emulation.core.plugin.PluginSource;
import io.emulation.core.text.Message;
import io.emulation.scoring.spi.Api;
import java.util.Comparator;
import java.util.Locale;

/**
 * A formula's fault while scoring one participant on one criterion: it threw, returned no points,
 * returned points outside the range it declared, or could not be used at all because one of its
 * own contract methods ({@code validate}, {@code requirements}, {@code range}) failed. What the
 * engine does with it depends on the evaluator's {@link
 * io.emulation.core.evaluation.FaultPolicy}.
 *
 * <p>There is no "not a number" fault: points are {@link java.math.BigDecimal}, which has no NaN
 * or infinity, so a formula cannot return one.
 *
 * @param formulaId the formula (plugin) id
 * @param source the formula's class and jar
 * @param criterionId the criterion being scored
 * @param participantId the participant being scored
 * @param fault what kind of fault
 * @param message the whole story in words, naming formula id, class and jar, criterion and
 *     participant; never blank; rendered in the reader's language (what the formula or its
 *     exception said is kept as written)
 * @since 0.1
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record ScoringError(String formulaId, PluginSource source, String criterionId,
    String participantId, Fault fault, Message message) implements Comparable<ScoringError> {

  private static final Comparator<ScoringError> ORDER = Comparator
      .comparing(ScoringError::criterionId).thenComparing(ScoringError::participantId)
      .thenComparing(error -> error.message().in(Locale.ENGLISH));

  /** Checks that no part is {@code null} and the message is not blank. */
  public ScoringError {
    requireNonNull(formulaId, "formulaId");
    requireNonNull(source, "source");
    requireNonNull(criterionId, "criterionId");
    requireNonNull(participantId, "participantId");
    requireNonNull(fault, "fault");
    requireNonNull(message, "message");
    if (message.isLiteral() && message.in(Locale.ENGLISH).isBlank()) {
      throw new IllegalArgumentException("a scoring error needs a message");
    }
  }

  /** Orders errors by criterion, then participant, then English message. */
  @Override
  public int compareTo(ScoringError other) {
    return ORDER.compare(this, other);
  }

  /**
   * The error in words in the given language.
   *
   * @since 0.2
   */
  public String explain(Locale locale) {
    return message.in(locale);
  }

  /** The message in English. */
  @Override
  public String toString() {
    return message.toString();
  }

  /**
   * The kinds of formula fault.
   *
   * @since 0.1
   */
  @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
  public enum Fault {
    /** {@code score} threw an exception (a {@code ScoringException} or any other). */
    THREW,
    /** {@code score} returned {@code null}. */
    RETURNED_NULL,
    /** {@code score} returned points outside the range the formula declared. */
    OUT_OF_RANGE,
    /** {@code range} threw or returned {@code null}, so the points could not be checked. */
    RANGE_FAILED,
    /**
     * {@code validate} or {@code requirements} threw or returned {@code null} when the campaign
     * was compiled, so the formula was never asked to score.
     */
    CONTRACT_FAILED,
    /**
     * A {@link LinkageError} while scoring: the plugin was compiled against other classes (most
     * often another SPI version) than this runtime has.
     */
    INCOMPATIBLE
  }
}
