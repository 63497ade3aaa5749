package io.emulation.examples;

import io.emulation.core.award.AwardEvaluator;
import io.emulation.core.award.AwardInputs;
import io.emulation.core.award.AwardLevel;
import io.emulation.core.award.AwardResult;
import io.emulation.core.award.Initiative;
import io.emulation.core.award.Registrations;
import io.emulation.core.preset.Presets;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.campaign.MemberAggregation;
import io.emulation.core.criteria.Adjustment;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.criteria.Measurement;
import io.emulation.core.criteria.MissingPolicy;
import io.emulation.core.evaluation.CampaignEvaluator;
import io.emulation.core.evaluation.EvaluationData;
import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.evaluation.ParticipantResult;
import io.emulation.core.org.Individual;
import io.emulation.core.org.OrgUnit;
import io.emulation.core.org.Organisation;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.period.Period;
import io.emulation.core.ranking.RankKey;
import io.emulation.core.ranking.RankMethod;
import io.emulation.core.ranking.RankPolicy;
import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.scoring.spi.Direction;
import io.emulation.scoring.spi.FormulaParameters;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The "Quyết thắng" campaign of a small factory, evaluated for the first half of 2021: two
 * workshops, eight people, production against plan (quarters rolled up into the half-year),
 * initiatives, absolute safety as a veto, and bonus and penalty points; then the titles of the
 * 2022 law's rule pack. Prints every participant's total, grade and rank, the awards granted,
 * and why one worker was graded and awarded as she was.
 *
 * <p>A small start: the seed article's whole factory, fifteen units and about four hundred
 * staff, is the flagship example ({@code examples/seed-campaign}, run by the README's first
 * command).
 *
 * @since 0.1
 */
public final class QuickStart {
  private static final Period H1 = Period.half(2021, 1);

  private QuickStart() {}

  /** Evaluates the campaign, decides its awards and prints the results. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    EvaluationResult result = evaluate();
    print(result, out);
    print(awards(result), out);
  }

  /** The awards of the 2022 law's rule pack for the campaign's half-year result. */
  public static AwardResult awards(EvaluationResult result) {
    return AwardEvaluator.of(Presets.law2022()).evaluate(campaign(), result, inputs());
  }

  /** Everyone registered; three recognised initiatives. */
  static AwardInputs inputs() {
    return AwardInputs.none()
        .withRegistrations(Registrations.everyone())
        .withInitiatives(List.of(
            new Initiative("cn01", "Đồ gá hàn mới", AwardLevel.GRASSROOTS, Period.quarter(2021, 1)),
            new Initiative("cn04", "Cải tiến dây chuyền sơn", AwardLevel.GRASSROOTS, H1),
            new Initiative("cn07", "Khuôn dập nhanh", AwardLevel.GRASSROOTS, H1)));
  }

  /** The campaign's half-year result. */
  public static EvaluationResult evaluate() {
    CampaignEvaluator evaluator = CampaignEvaluator.of(FormulaRegistry.load());
    return evaluator.evaluate(campaign(), data(), H1);
  }

  static Campaign campaign() {
    Organisation factory = Organisation.builder()
        .unit(OrgUnit.root("z", "Nhà máy Z"))
        .unit(OrgUnit.of("px1", "Phân xưởng Cơ khí", "z"))
        .unit(OrgUnit.of("px2", "Phân xưởng Lắp ráp", "z"))
        .collective("px1").collective("px2")
        .individuals(List.of(
            worker("cn01", "Nguyễn Văn An", "px1").withDirectProduction(true),
            worker("cn02", "Trần Thị Bình", "px1").withDirectProduction(true),
            worker("cn03", "Lê Văn Cường", "px1"),
            worker("cn04", "Phạm Thị Dung", "px1").withDirectProduction(true),
            worker("cn05", "Hoàng Văn Em", "px2").withDirectProduction(true),
            worker("cn06", "Vũ Thị Giang", "px2"),
            worker("cn07", "Đặng Văn Hùng", "px2").withDirectProduction(true),
            // joined in March: too recent for Lao động tiên tiến in the first half-year
            Individual.of("cn08", "Bùi Thị Lan", "px2").withHireDate(LocalDate.of(2021, 3, 1))))
        .build();
    return Campaign.builder("quyet-thang-2021", "Phong trào thi đua Quyết thắng 2021")
        .theme("Mẫu mực, kỷ cương, sáng tạo, quyết thắng")
        .period(Period.year(2021))
        .organisation(factory)
        .criteria(
            Criterion.builder("output", "Giá trị sản xuất so với kế hoạch")
                .group("Sản xuất")
                .formula("emulation:linear", parameters(
                    Map.of("maxPoints", 60, "bonusPerPercent", 0.5, "maxBonus", 5)))
                .target(new BigDecimal("100"))
                .build(),
            Criterion.builder("initiatives", "Sáng kiến được công nhận")
                .group("Sáng tạo")
                .formula("emulation:per-occurrence",
                    parameters(Map.of("pointsPer", 5, "maxPoints", 15)))
                .whenMissing(MissingPolicy.ZERO)
                .build(),
            Criterion.builder("safety", "An toàn tuyệt đối (sự cố nghiêm trọng)")
                .group("An toàn")
                .formula("emulation:pass-fail",
                    parameters(Map.of("threshold", 0, "passPoints", 25)))
                .direction(Direction.LOWER_IS_BETTER)
                .veto(true)
                .build(),
            Criterion.builder("unit-output", "Giá trị sản xuất của phân xưởng")
                .appliesTo(ParticipantKind.COLLECTIVE)
                .formula("emulation:linear", parameters(Map.of("maxPoints", 50)))
                .target(new BigDecimal("5000"))
                .build())
        .memberAggregation(MemberAggregation.MEAN, BigDecimal.ONE)
        .rankPolicy(RankPolicy.of(RankMethod.STANDARD_COMPETITION,
            RankKey.byTotal(), RankKey.directProductionFirst()))
        .build();
  }

  static EvaluationData data() {
    Period q1 = Period.quarter(2021, 1);
    Period q2 = Period.quarter(2021, 2);
    EvaluationData.Builder data = EvaluationData.builder();
    // percent of plan per quarter, initiatives and serious incidents in the half-year
    Object[][] people = {
        {"cn01", "52", "58", 2, 0}, {"cn02", "49", "51", 1, 0}, {"cn03", "45", "47", 0, 0},
        {"cn04", "55", "57", 3, 1}, {"cn05", "50", "53", 1, 0}, {"cn06", "40", "44", 0, 0},
        {"cn07", "51", "51", 2, 0}, {"cn08", "47", "50", 0, 0}};
    for (Object[] row : people) {
      String id = (String) row[0];
      data.add(Measurement.of(id, "output", q1, new BigDecimal((String) row[1])),
          Measurement.of(id, "output", q2, new BigDecimal((String) row[2])),
          Measurement.of(id, "safety", H1, BigDecimal.valueOf((Integer) row[4])));
      if ((Integer) row[3] > 0) {
        data.add(Measurement.of(id, "initiatives", H1, BigDecimal.valueOf((Integer) row[3])));
      }
    }
    data.add(Measurement.of("px1", "unit-output", H1, new BigDecimal("5400")),
        Measurement.of("px2", "unit-output", H1, new BigDecimal("4900")));
    data.add(Adjustment.bonus("cn02", q2, new BigDecimal("3"), "giúp đỡ đồng nghiệp mới"),
        Adjustment.penalty("cn06", H1, new BigDecimal("2"), "đi muộn 2 lần"));
    return data.build();
  }

  static void print(EvaluationResult result, PrintStream out) {
    out.printf("%s, %s%n%n", result.campaignId(), result.period());
    for (List<ParticipantResult> group : List.of(result.individuals(), result.collectives())) {
      out.printf("%-5s %-6s %-28s %8s  %-14s %s%n", "rank", "id", "name", "total", "grade",
          "in unit");
      for (ParticipantResult r : group) {
        out.printf("%-5d %-6s %-28s %8s  %-14s %d of %d%n", r.overall().rank(),
            r.participantId(), r.participant().name(), r.scorecard().total().toPlainString(),
            r.grade().grade().code(), r.inUnit().rank(), r.inUnit().of());
      }
      out.println();
    }
    out.println("Why cn04 is graded as it is:");
    out.println(result.explain("cn04"));
    out.println();
  }

  static void print(AwardResult awards, PrintStream out) {
    out.println("Awards: " + awards.summary().describe());
    awards.summary().perAward().forEach((award, count) ->
        out.printf("  %-28s %d: %s%n", award, count, String.join(", ", awards.recipients(award))));
    out.println();
    out.println("Award decisions for cn04:");
    out.println(awards.explain("cn04"));
  }

  private static Individual worker(String id, String name, String unit) {
    return Individual.of(id, name, unit).withHireDate(LocalDate.of(2015, 9, 1));
  }

  private static FormulaParameters parameters(Map<String, ?> values) {
    return FormulaParameters.of(new java.util.TreeMap<>(values));
  }
}
