package io.emulation.core.scoring;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.emulation.core.criteria.Adjustment;
import io.emulation.core.period.Period;
import io.emulation.core.text.Message;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * A participant's points for one period: a line per criterion, the bonus and penalty
 * adjustments, the total, and the vetoes failed. By construction {@code total == criteriaTotal +
 * bonus - penalty} and {@code criteriaTotal} is the exact sum of the lines' contributions.
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
 * @since 0.1
 */
public record Scorecard(String participantId, Period period, ImmutableList<ScoreLine> lines,
    ImmutableList<Adjustment> adjustments, BigDecimal criteriaTotal, BigDecimal bonus,
    BigDecimal penalty, BigDecimal total, ImmutableList<String> vetoFailures) {

  /** Checks the parts and that the totals add up. */
  public Scorecard {
    requireNonNull(participantId, "participantId");
    requireNonNull(period, "period");
    requireNonNull(lines, "lines");
    requireNonNull(adjustments, "adjustments");
    requireNonNull(vetoFailures, "vetoFailures");
    BigDecimal sum = BigDecimal.ZERO;
    for (ScoreLine line : lines) {
      sum = sum.add(line.contribution());
    }
    checkArgument(sum.compareTo(criteriaTotal) == 0,
        "criteria total %s of %s is not the sum of its lines %s", criteriaTotal, participantId, sum);
    checkArgument(criteriaTotal.add(bonus).subtract(penalty).compareTo(total) == 0,
        "total %s of %s is not %s + %s - %s", total, participantId, criteriaTotal, bonus, penalty);
  }

  /** The line for a criterion. */
  public Optional<ScoreLine> line(String criterionId) {
    return lines.stream().filter(l -> l.criterionId().equals(criterionId)).findFirst();
  }

  /**
   * The formula faults on this scorecard's lines, by criterion; empty unless the evaluator's
   * fault policy publishes errors. A scorecard with errors is provisional: its errored lines
   * count as 0 points.
   */
  public ImmutableList<ScoringError> errors() {
    return lines.stream().map(ScoreLine::error).flatMap(Optional::stream)
        .sorted().collect(ImmutableList.toImmutableList());
  }

  /** Whether any line is {@link ScoreLine.Status#ERRORED}. */
  public boolean hasErrors() {
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
    lines.forEach(l -> text.append(l.explain(locale)).append('\n'));
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
}
