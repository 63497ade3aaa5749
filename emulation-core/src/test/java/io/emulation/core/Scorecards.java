package io.emulation.core;

import com.google.common.collect.ImmutableList;
import io.emulation.core.period.Period;
import io.emulation.core.scoring.ScoreLine;
import io.emulation.core.scoring.Scorecard;
import io.emulation.core.text.Message;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-made scorecards for tests of grading and ranking: {@code card("e1").line("output",
 * "80").bonus("5").build()}. Each line has weight 1 and contributes its points; the totals add
 * up by construction.
 */
public final class Scorecards {
  /** The period every scorecard here is for. */
  public static final Period PERIOD = Period.half(2021, 1);

  private final String participantId;
  private final List<ScoreLine> lines = new ArrayList<>();
  private final List<String> vetoFailures = new ArrayList<>();
  private BigDecimal bonus = BigDecimal.ZERO;
  private BigDecimal penalty = BigDecimal.ZERO;

  private Scorecards(String participantId) {
    this.participantId = participantId;
  }

  /** A scorecard for a participant, with no lines yet. */
  public static Scorecards card(String participantId) {
    return new Scorecards(participantId);
  }

  /** A scorecard whose one line, {@code output}, scores {@code total} points. */
  public static Scorecard withTotal(String participantId, String total) {
    return card(participantId).line("output", total).build();
  }

  /** A scored line with a passed verdict, weight 1, contributing its points. */
  public static ScoreLine line(String criterionId, String points, Verdict verdict) {
    BigDecimal value = new BigDecimal(points);
    return new ScoreLine(criterionId, criterionId, ScoreLine.Status.SCORED, "emulation:linear",
        FormulaParameters.empty(), java.util.Optional.of(value), java.util.Optional.empty(),
        java.util.Optional.empty(), value, verdict, BigDecimal.ONE, value, Message.literal(""));
  }

  /** Adds a passed line. */
  public Scorecards line(String criterionId, String points) {
    lines.add(line(criterionId, points, Verdict.PASSED));
    return this;
  }

  /** Adds a line whose veto failed. */
  public Scorecards vetoFailed(String criterionId, String points) {
    lines.add(line(criterionId, points, Verdict.FAILED));
    vetoFailures.add(criterionId);
    return this;
  }

  /** Sets the bonus points. */
  public Scorecards bonus(String points) {
    bonus = new BigDecimal(points);
    return this;
  }

  /** Sets the penalty points. */
  public Scorecards penalty(String points) {
    penalty = new BigDecimal(points);
    return this;
  }

  /** The scorecard, with its totals summed. */
  public Scorecard build() {
    BigDecimal criteriaTotal = lines.stream().map(ScoreLine::contribution)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    return new Scorecard(participantId, PERIOD, ImmutableList.copyOf(lines), ImmutableList.of(),
        criteriaTotal, bonus, penalty, criteriaTotal.add(bonus).subtract(penalty),
        ImmutableList.copyOf(vetoFailures));
  }
}
