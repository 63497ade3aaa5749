package io.emulation.core.scoring;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.emulation.core.criteria.Adjustment;
import io.emulation.core.period.Period;
import io.emulation.core.scoring.internal.DerivedLines;
import io.emulation.core.scoring.internal.ScorecardFactory;
import io.emulation.core.text.Message;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A participant's points for one period: a line per criterion, the bonus and penalty
 * adjustments, the total, and the vetoes failed. By construction {@code total == criteriaTotal +
 * bonus - penalty} and {@code criteriaTotal} is the exact sum of the lines' contributions.
 *
 * <p>Immutable, with value equality over all its parts, like a record. A scorecard made by
 * {@link io.emulation.core.evaluation.CompiledCampaign#evaluate evaluation} keeps its lines'
 * points compactly (and their contributions, where these are not the points) and makes the full
 * lines (with their explanations) again each time {@link #lines()} or {@link #line(String)} is
 * read, from the evaluation's inputs: that is how an evaluation of a million people fits in
 * memory. The lines are equal on every read; a caller reading them many times may keep the
 * list. {@link #points(String)}, the totals and the error checks read the compact form without
 * making lines. Scorecards with a formula fault, a plugin formula, a collective's members line
 * or a number of more than nine digits keep their lines as made.
 *
 * @since 0.1
 */
public final class Scorecard {
  static {
    ScorecardFactory.register(Scorecard::new);
  }

  private final String participantId;
  private final Period period;
  /** The lines as made, or {@code null} when they are {@link #derived}. */
  private final ImmutableList<ScoreLine> lines;
  private final DerivedLines derived;
  private final ImmutableList<Adjustment> adjustments;
  private final BigDecimal criteriaTotal;
  private final BigDecimal bonus;
  private final BigDecimal penalty;
  private final BigDecimal total;
  private final ImmutableList<String> vetoFailures;

  /**
   * A scorecard of the lines given; checks the parts and that the totals add up.
   *
   * @param participantId whose scorecard
   * @param period the period evaluated
   * @param lines one per criterion applying to the participant's kind, in campaign order
   * @param adjustments bonus and penalty entries, in the order given
   * @param criteriaTotal the sum of the lines' contributions
   * @param bonus the sum of bonus points
   * @param penalty the sum of penalty points (a positive number, subtracted)
   * @param total {@code criteriaTotal + bonus - penalty}
   * @param vetoFailures ids of veto criteria whose formula returned a failed verdict
   */
  public Scorecard(String participantId, Period period, ImmutableList<ScoreLine> lines,
      ImmutableList<Adjustment> adjustments, BigDecimal criteriaTotal, BigDecimal bonus,
      BigDecimal penalty, BigDecimal total, ImmutableList<String> vetoFailures) {
    this(participantId, period, requireNonNull(lines, "lines"), null, adjustments, criteriaTotal,
        bonus, penalty, total, vetoFailures);
    BigDecimal sum = BigDecimal.ZERO;
    for (ScoreLine line : lines) {
      sum = sum.add(line.contribution());
    }
    checkArgument(sum.compareTo(criteriaTotal) == 0,
        "criteria total %s of %s is not the sum of its lines %s", criteriaTotal, participantId, sum);
  }

  /** A scorecard whose lines are derived; its maker checked the sum of the contributions. */
  private Scorecard(String participantId, Period period, DerivedLines derived,
      ImmutableList<Adjustment> adjustments, BigDecimal criteriaTotal, BigDecimal bonus,
      BigDecimal penalty, BigDecimal total, ImmutableList<String> vetoFailures) {
    this(participantId, period, null, requireNonNull(derived, "lines"), adjustments,
        criteriaTotal, bonus, penalty, total, vetoFailures);
  }

  private Scorecard(String participantId, Period period, ImmutableList<ScoreLine> lines,
      DerivedLines derived, ImmutableList<Adjustment> adjustments, BigDecimal criteriaTotal,
      BigDecimal bonus, BigDecimal penalty, BigDecimal total,
      ImmutableList<String> vetoFailures) {
    this.participantId = requireNonNull(participantId, "participantId");
    this.period = requireNonNull(period, "period");
    this.lines = lines;
    this.derived = derived;
    this.adjustments = requireNonNull(adjustments, "adjustments");
    this.criteriaTotal = requireNonNull(criteriaTotal, "criteriaTotal");
    this.bonus = requireNonNull(bonus, "bonus");
    this.penalty = requireNonNull(penalty, "penalty");
    this.total = requireNonNull(total, "total");
    this.vetoFailures = requireNonNull(vetoFailures, "vetoFailures");
    checkArgument(criteriaTotal.add(bonus).subtract(penalty).compareTo(total) == 0,
        "total %s of %s is not %s + %s - %s", total, participantId, criteriaTotal, bonus, penalty);
  }

  /** Whose scorecard. */
  public String participantId() {
    return participantId;
  }

  /** The period evaluated. */
  public Period period() {
    return period;
  }

  /**
   * One line per criterion applying to the participant's kind, in campaign order (and a
   * collective's members line last). For a scorecard made by evaluation the lines are made on
   * each call; see the class description.
   */
  public ImmutableList<ScoreLine> lines() {
    return lines != null ? lines : derived.all();
  }

  /** Bonus and penalty entries, in the order given. */
  public ImmutableList<Adjustment> adjustments() {
    return adjustments;
  }

  /** The sum of the lines' contributions. */
  public BigDecimal criteriaTotal() {
    return criteriaTotal;
  }

  /** The sum of bonus points. */
  public BigDecimal bonus() {
    return bonus;
  }

  /** The sum of penalty points, a positive number that is subtracted. */
  public BigDecimal penalty() {
    return penalty;
  }

  /** {@code criteriaTotal + bonus - penalty}. */
  public BigDecimal total() {
    return total;
  }

  /** Ids of veto criteria whose formula returned a failed verdict. */
  public ImmutableList<String> vetoFailures() {
    return vetoFailures;
  }

  /** The line for a criterion. */
  public Optional<ScoreLine> line(String criterionId) {
    if (derived != null) {
      return derived.line(criterionId);
    }
    for (ScoreLine line : lines) {
      if (line.criterionId().equals(criterionId)) {
        return Optional.of(line);
      }
    }
    return Optional.empty();
  }

  /**
   * The points of the line for a criterion ({@code line(criterionId).map(ScoreLine::points)}),
   * read without making the line.
   *
   * @since 0.2
   */
  public Optional<BigDecimal> points(String criterionId) {
    return derived != null ? derived.points(criterionId)
        : line(criterionId).map(ScoreLine::points);
  }

  /**
   * The formula faults on this scorecard's lines, by criterion; empty unless the evaluator's
   * fault policy publishes errors. A scorecard with errors is provisional: its errored lines
   * count as 0 points.
   */
  public ImmutableList<ScoringError> errors() {
    if (derived != null) {
      return ImmutableList.of();
    }
    return lines.stream().map(ScoreLine::error).flatMap(Optional::stream)
        .sorted().collect(ImmutableList.toImmutableList());
  }

  /** Whether any line is {@link ScoreLine.Status#ERRORED}. */
  public boolean hasErrors() {
    if (derived != null) {
      return false;
    }
    // a loop, not a stream: the award engine asks this for every participant and award
    for (ScoreLine line : lines) {
      if (line.isErrored()) {
        return true;
      }
    }
    return false;
  }

  /** Whether any veto criterion failed. */
  public boolean hasVetoFailure() {
    return !vetoFailures.isEmpty();
  }

  /** The scorecard in English words, a line per criterion and adjustment, then the total. */
  public String explain() {
    return explain(Locale.ENGLISH);
  }

  /**
   * The scorecard in words in the given language, a line per criterion and adjustment, then the
   * total; ids, names and adjustment reasons are kept as written.
   *
   * @since 0.2
   */
  public String explain(Locale locale) {
    StringBuilder text = new StringBuilder();
    lines().forEach(l -> text.append(l.explain(locale)).append('\n'));
    for (Adjustment a : adjustments) {
      Message adjustment = a.kind() == Adjustment.Kind.BONUS
          ? Message.of("evaluation.scorecard.bonus", a.points(), a.reason())
          : Message.of("evaluation.scorecard.penalty", a.points(), a.reason());
      text.append(adjustment.in(locale)).append('\n');
    }
    text.append(Message.of("evaluation.scorecard.total", total, criteriaTotal, bonus, penalty)
        .in(locale));
    if (hasVetoFailure()) {
      text.append('\n')
          .append(Message.of("evaluation.scorecard.vetoFailed", vetoFailures).in(locale));
    }
    if (hasErrors()) {
      text.append('\n').append(Message.of("evaluation.scorecard.provisional", errors().size())
          .in(locale));
    }
    return text.toString();
  }

  /** Equal when every part is equal, lines included, however they are kept. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Scorecard that
        && participantId.equals(that.participantId)
        && period.equals(that.period)
        && criteriaTotal.equals(that.criteriaTotal)
        && bonus.equals(that.bonus)
        && penalty.equals(that.penalty)
        && total.equals(that.total)
        && vetoFailures.equals(that.vetoFailures)
        && adjustments.equals(that.adjustments)
        && lines().equals(that.lines());
  }

  @Override
  public int hashCode() {
    return Objects.hash(participantId, period, lines(), adjustments, criteriaTotal, bonus,
        penalty, total, vetoFailures);
  }

  /** The parts, as a record would list them. */
  @Override
  public String toString() {
    return "Scorecard[participantId=" + participantId + ", period=" + period + ", lines="
        + lines() + ", adjustments=" + adjustments + ", criteriaTotal=" + criteriaTotal
        + ", bonus=" + bonus + ", penalty=" + penalty + ", total=" + total + ", vetoFailures="
        + vetoFailures + "]";
  }
}
