package io.emulation.core.lifecycle;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.emulation.core.campaign.DecimalPolicy;
import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.evaluation.ParticipantResult;
import io.emulation.core.internal.Decimal128;
import io.emulation.core.period.Period;
import io.emulation.core.scoring.ScoreLine;
import io.emulation.core.text.Message;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Two evaluations side by side ("+10% vs the same period last year", "Q2 vs Q1"): for each
 * criterion the sum of the participants' values in each period and the change, and for each
 * participant the change of its total.
 *
 * <p>A criterion's sum adds the values scored (after roll-up of sub-periods) of every participant
 * that has one in that period; participants without a value are left out and counted apart.
 * Sums, changes and percentages are rounded to the campaign's {@link DecimalPolicy}; a percentage
 * is computed from the exact sums and is absent when the baseline is zero. The members line of
 * collectives is not a criterion and is left out.
 *
 * @since 0.1
 */
public final class PeriodComparison {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final String campaignId;
  private final Period current;
  private final Period baseline;
  private final Relation relation;
  private final ImmutableList<CriterionChange> criteria;
  private final ImmutableList<ParticipantChange> participants;

  private PeriodComparison(String campaignId, Period current, Period baseline,
      ImmutableList<CriterionChange> criteria, ImmutableList<ParticipantChange> participants) {
    this.campaignId = campaignId;
    this.current = current;
    this.baseline = baseline;
    this.relation = Relation.between(current, baseline);
    this.criteria = criteria;
    this.participants = participants;
  }

  /**
   * Compares {@code current} with {@code baseline}, which may be of another campaign (last
   * year's).
   *
   * @param decimals the scale and rounding of sums, changes and percentages
   */
  public static PeriodComparison of(EvaluationResult current, EvaluationResult baseline,
      DecimalPolicy decimals) {
    requireNonNull(current, "current");
    requireNonNull(baseline, "baseline");
    requireNonNull(decimals, "decimals");
    Map<String, Sums> now = sums(current);
    Map<String, Sums> before = sums(baseline);
    Map<String, String> names = new LinkedHashMap<>();
    now.forEach((id, sums) -> names.put(id, sums.name));
    before.forEach((id, sums) -> names.putIfAbsent(id, sums.name));
    ImmutableList.Builder<CriterionChange> criteria = ImmutableList.builder();
    names.forEach((id, name) -> {
      Sums a = before.getOrDefault(id, new Sums(name));
      Sums b = now.getOrDefault(id, new Sums(name));
      criteria.add(new CriterionChange(id, name, decimals.round(a.sum), decimals.round(b.sum),
          a.count, b.count, decimals.round(b.sum.subtract(a.sum)),
          percent(a.sum, b.sum, decimals)));
    });
    ImmutableList.Builder<ParticipantChange> participants = ImmutableList.builder();
    for (ParticipantResult result : current.all()) {
      Optional<BigDecimal> old = baseline.result(result.participantId())
          .map(r -> r.scorecard().total());
      participants.add(change(result.participantId(), old,
          Optional.of(result.scorecard().total()), decimals));
    }
    for (ParticipantResult result : baseline.all()) {
      if (current.result(result.participantId()).isEmpty()) {
        participants.add(change(result.participantId(), Optional.of(result.scorecard().total()),
            Optional.empty(), decimals));
      }
    }
    return new PeriodComparison(current.campaignId(), current.period(), baseline.period(),
        criteria.build(), participants.build());
  }

  private static Map<String, Sums> sums(EvaluationResult result) {
    Map<String, Sums> sums = new LinkedHashMap<>();
    for (ParticipantResult participant : result.all()) {
      for (ScoreLine line : participant.scorecard().lines()) {
        if (!line.criterionId().equals(ScoreLine.MEMBERS)) {
          Sums of = sums.computeIfAbsent(line.criterionId(), k -> new Sums(line.criterionName()));
          line.value().ifPresent(value -> {
            of.sum = of.sum.add(value);
            of.count++;
          });
        }
      }
    }
    return sums;
  }

  private static ParticipantChange change(String participantId, Optional<BigDecimal> before,
      Optional<BigDecimal> after, DecimalPolicy decimals) {
    Optional<BigDecimal> change = before.flatMap(a -> after.map(b -> decimals.round(
        b.subtract(a))));
    Optional<BigDecimal> percent = before.flatMap(a -> after.flatMap(b ->
        percent(a, b, decimals)));
    return new ParticipantChange(participantId, before, after, change, percent);
  }

  private static Optional<BigDecimal> percent(BigDecimal before, BigDecimal after,
      DecimalPolicy decimals) {
    if (before.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(decimals.round(
        Decimal128.divide(after.subtract(before).multiply(HUNDRED), before.abs())));
  }

  /** The campaign of the current evaluation. */
  public String campaignId() {
    return campaignId;
  }

  /** The period compared. */
  public Period current() {
    return current;
  }

  /** The period it is compared with. */
  public Period baseline() {
    return baseline;
  }

  /** How the two periods relate. */
  public Relation relation() {
    return relation;
  }

  /** One change per criterion, in the current evaluation's order, then the baseline's others. */
  public ImmutableList<CriterionChange> criteria() {
    return criteria;
  }

  /** The change of one criterion. */
  public Optional<CriterionChange> criterion(String criterionId) {
    requireNonNull(criterionId, "criterionId");
    return criteria.stream().filter(c -> c.criterionId().equals(criterionId)).findFirst();
  }

  /**
   * One change per participant: those of the current evaluation best first, then those only in
   * the baseline.
   */
  public ImmutableList<ParticipantChange> participants() {
    return participants;
  }

  /** The change of one participant's total. */
  public Optional<ParticipantChange> participant(String participantId) {
    requireNonNull(participantId, "participantId");
    return participants.stream().filter(p -> p.participantId().equals(participantId))
        .findFirst();
  }

  /**
   * The comparison in English words: a heading, then a line per criterion, e.g. {@code "output
   * (Production value): 1100.00 in 2021-H1, 1000.00 in 2020-H1, +100.00 (+10.00% vs the same
   * period last year)"}.
   */
  public String describe() {
    return describe(Locale.ENGLISH);
  }

  /**
   * The comparison in words in the given language, lines joined by {@code \n}; in Vietnamese
   * {@code "output (Production value): 1100,00 trong kỳ 2021-H1, 1000,00 trong kỳ 2020-H1,
   * +100,00 (+10,00% so với cùng kỳ năm trước)"}.
   */
  public String describe(Locale locale) {
    requireNonNull(locale, "locale");
    return String.join("\n", description().stream().map(line -> line.in(locale)).toList());
  }

  /** The comparison as messages: the heading, then a line per criterion. */
  public ImmutableList<Message> description() {
    return LifecycleText.comparison(this);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PeriodComparison that && campaignId.equals(that.campaignId)
        && current.equals(that.current) && baseline.equals(that.baseline)
        && criteria.equals(that.criteria) && participants.equals(that.participants);
  }

  @Override
  public int hashCode() {
    return criteria.hashCode() * 31 + participants.hashCode();
  }

  @Override
  public String toString() {
    return "PeriodComparison{" + campaignId + ", " + current + " vs " + baseline + "}";
  }

  /** The running sum of one criterion's values. */
  private static final class Sums {
    private final String name;
    private BigDecimal sum = BigDecimal.ZERO;
    private int count;

    Sums(String name) {
      this.name = name;
    }
  }

  /**
   * How the baseline period relates to the current one.
   *
   * @since 0.1
   */
  public enum Relation {
    /** The same period a year earlier ("vs the same period last year"). */
    SAME_PERIOD_LAST_YEAR,
    /** The period of the same shape just before ("Q2 vs Q1"). */
    PREVIOUS_PERIOD,
    /** Any other pair of periods. */
    OTHER;

    static Relation between(Period current, Period baseline) {
      if (baseline.equals(current.minusYears(1))) {
        return SAME_PERIOD_LAST_YEAR;
      }
      return baseline.equals(current.previous()) ? PREVIOUS_PERIOD : OTHER;
    }
  }

  /**
   * The change of one criterion's summed values.
   *
   * @param criterionId the criterion
   * @param criterionName its display name
   * @param baselineSum the sum of the values in the baseline period
   * @param currentSum the sum in the current period
   * @param baselineCount how many participants had a value in the baseline period
   * @param currentCount how many had one in the current period
   * @param change {@code currentSum - baselineSum}
   * @param percentChange the change as a percentage of the baseline; absent when it is zero
   * @since 0.1
   */
  public record CriterionChange(String criterionId, String criterionName,
      BigDecimal baselineSum, BigDecimal currentSum, int baselineCount, int currentCount,
      BigDecimal change, Optional<BigDecimal> percentChange) {

    /** Checks the parts. */
    public CriterionChange {
      requireNonNull(criterionId, "criterionId");
      requireNonNull(criterionName, "criterionName");
      requireNonNull(baselineSum, "baselineSum");
      requireNonNull(currentSum, "currentSum");
      requireNonNull(change, "change");
      requireNonNull(percentChange, "percentChange");
    }
  }

  /**
   * The change of one participant's total.
   *
   * @param participantId the participant
   * @param baselineTotal its total in the baseline period; absent when it was not evaluated
   * @param currentTotal its total in the current period; absent when it was not evaluated
   * @param change {@code currentTotal - baselineTotal}, when both are present
   * @param percentChange the change as a percentage of the baseline total, when it is not zero
   * @since 0.1
   */
  public record ParticipantChange(String participantId, Optional<BigDecimal> baselineTotal,
      Optional<BigDecimal> currentTotal, Optional<BigDecimal> change,
      Optional<BigDecimal> percentChange) {

    /** Checks the parts. */
    public ParticipantChange {
      requireNonNull(participantId, "participantId");
      requireNonNull(baselineTotal, "baselineTotal");
      requireNonNull(currentTotal, "currentTotal");
      requireNonNull(change, "change");
      requireNonNull(percentChange, "percentChange");
    }
  }
}
