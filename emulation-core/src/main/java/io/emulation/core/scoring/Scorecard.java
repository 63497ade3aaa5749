package io.emulation.core.scoring;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.emulation.core.criteria.Adjustment;
import io.emulation.core.period.Period;
import java.math.BigDecimal;
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
    BigDecimal sum = lines.stream().map(ScoreLine::contribution)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
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
    return lines.stream().anyMatch(ScoreLine::isErrored);
  }

  /** Whether any veto criterion failed. */
  public boolean hasVetoFailure() {
    return !vetoFailures.isEmpty();
  }

  /** The scorecard in words, a line per criterion and adjustment, then the total. */
  public String explain() {
    StringBuilder text = new StringBuilder();
    lines.forEach(l -> text.append(l.explain()).append('\n'));
    for (Adjustment a : adjustments) {
      text.append(a.kind() == Adjustment.Kind.BONUS ? "bonus +" : "penalty -")
          .append(a.points().toPlainString()).append(": ").append(a.reason()).append('\n');
    }
    text.append("total ").append(total.toPlainString()).append(" = criteria ")
        .append(criteriaTotal.toPlainString()).append(" + bonus ").append(bonus.toPlainString())
        .append(" - penalty ").append(penalty.toPlainString());
    if (hasVetoFailure()) {
      text.append("\nveto failed: ").append(String.join(", ", vetoFailures));
    }
    if (hasErrors()) {
      text.append("\nPROVISIONAL: ").append(errors().size()).append(errors().size() == 1
          ? " scoring error" : " scoring errors").append(", counted as 0 points");
    }
    return text.toString();
  }
}
