package io.emulation.examples.report;

import static java.util.Objects.requireNonNull;

import io.emulation.core.campaign.Campaign;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.evaluation.ParticipantResult;
import io.emulation.core.scoring.ScoreLine;
import io.emulation.core.text.Languages;
import io.emulation.core.text.TextCatalog;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A year-over-year criterion summed over every participant that has a value and last year's
 * value: "production value 2021-H1 12 345.6, 2020-H1 11 223.3, +10.0%". Participants that nest
 * (a team inside a workshop) would be counted twice, so a campaign reports this well when the
 * criterion's data is given for one level only.
 *
 * @param criterionId the criterion
 * @param criterionName its display name
 * @param participants how many participants were summed
 * @param value the sum of this period's values
 * @param baseline the sum of the same period's values a year earlier
 * @since 0.1
 */
public record YearOverYear(String criterionId, String criterionName, int participants,
    BigDecimal value, BigDecimal baseline) {

  /** Checks the parts. */
  public YearOverYear {
    requireNonNull(criterionId, "criterionId");
    requireNonNull(criterionName, "criterionName");
    requireNonNull(value, "value");
    requireNonNull(baseline, "baseline");
  }

  /** The sums of every year-over-year criterion of the campaign that some participant has. */
  public static List<YearOverYear> of(Campaign campaign, EvaluationResult result) {
    List<YearOverYear> sums = new ArrayList<>();
    for (Criterion criterion : campaign.criteria()) {
      if (!criterion.isYearOverYear()) {
        continue;
      }
      int count = 0;
      BigDecimal value = BigDecimal.ZERO;
      BigDecimal baseline = BigDecimal.ZERO;
      for (ParticipantResult participant : result.all()) {
        Optional<ScoreLine> line = participant.scorecard().line(criterion.id());
        if (line.isPresent() && line.get().value().isPresent()
            && line.get().baseline().isPresent()) {
          count++;
          value = value.add(line.get().value().get());
          baseline = baseline.add(line.get().baseline().get());
        }
      }
      if (count > 0) {
        sums.add(new YearOverYear(criterion.id(), criterion.name(), count, value, baseline));
      }
    }
    return List.copyOf(sums);
  }

  /** The growth in percent, one decimal place; empty when last year's sum is zero. */
  public Optional<BigDecimal> growthPercent() {
    if (baseline.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(value.subtract(baseline).multiply(BigDecimal.valueOf(100))
        .divide(baseline.abs(), MathContext.DECIMAL128).setScale(1, RoundingMode.HALF_UP));
  }

  /** E.g. {@code "+10.0%"}; {@code "n/a"} without a baseline. */
  public String growthText() {
    return growthText(Languages.ENGLISH);
  }

  /**
   * The growth as people of the language write it: {@code "+10.0%"}, in Vietnamese {@code
   * "+10,0%"}; {@code "n/a"} ({@code "không có"}) without a baseline.
   *
   * @since 0.2
   */
  public String growthText(Locale locale) {
    TextCatalog.Localized text = ReportText.CATALOG.in(locale);
    return growthPercent().map(g -> g.signum() > 0 ? text.get("report.growth.up", g)
        : text.get("report.growth.down", g)).orElseGet(() -> text.get("report.growth.none"));
  }
}
