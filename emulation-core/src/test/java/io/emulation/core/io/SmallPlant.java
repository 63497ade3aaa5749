package io.emulation.core.io;

import io.emulation.core.award.Award;
import io.emulation.core.award.AwardEvaluator;
import io.emulation.core.award.AwardInputs;
import io.emulation.core.award.AwardKind;
import io.emulation.core.award.AwardLevel;
import io.emulation.core.award.AwardResult;
import io.emulation.core.award.AwardRule;
import io.emulation.core.award.AwardRuleSet;
import io.emulation.core.award.Conditions;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.campaign.MemberAggregation;
import io.emulation.core.criteria.Adjustment;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.criteria.Measurement;
import io.emulation.core.criteria.MissingPolicy;
import io.emulation.core.evaluation.CampaignEvaluator;
import io.emulation.core.evaluation.EvaluationData;
import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.org.Individual;
import io.emulation.core.org.OrgUnit;
import io.emulation.core.org.Organisation;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.period.Period;
import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.scoring.spi.Direction;
import io.emulation.scoring.spi.FormulaParameters;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small evaluated campaign for the result writers: a plant with two workshops competing as
 * collectives and three people, the same numbers as the engine's own worked example.
 *
 * <pre>
 *   a1 Nguyễn Thị Ánh    output 112 % -> 55, initiatives 0, safety 10, bonus 2      = 67.00
 *   a2 Trần Văn Bình     output 80 %  -> 40, initiatives 5, safety 10, penalty 1.5  = 53.50
 *   b1 Lê Hoàng Cường    output 130 % -> 55, initiatives 10, safety 0 (veto), bonus 15 = 80.00
 *   w1 Phân xưởng Cơ khí unit-output 90 + members' mean 60.25 = 150.25
 *   w2 Phân xưởng Điện, Nước  unit-output 100 (1E+3 of 1000) + b1's 80 = 180.00
 * </pre>
 *
 * <p>w2's value is written with an exponent, which writers must print in plain notation; its
 * name has a comma, which CSV must quote.
 *
 * <p>Awards: {@code lao-dong-tien-tien} to every individual graded at least COMPLETED, {@code
 * giay-khen} to individuals with at least 60 points, {@code tap-the-tien-tien} to collectives
 * graded EXCELLENT.
 */
final class SmallPlant {
  static final Period H1 = Period.half(2021, 1);

  private SmallPlant() {}

  static Campaign campaign() {
    Organisation organisation = Organisation.builder()
        .unit(OrgUnit.root("f", "Nhà máy Z"))
        .unit(OrgUnit.of("w1", "Phân xưởng Cơ khí", "f"))
        .unit(OrgUnit.of("w2", "Phân xưởng Điện, Nước", "f"))
        .collective("w1")
        .collective("w2")
        .individual(Individual.of("a1", "Nguyễn Thị Ánh", "w1"))
        .individual(Individual.of("a2", "Trần Văn Bình", "w1"))
        .individual(Individual.of("b1", "Lê Hoàng Cường", "w2"))
        .build();
    return Campaign.builder("qt-2021", "Thi đua quyết thắng 2021")
        .period(Period.year(2021))
        .organisation(organisation)
        .criteria(
            Criterion.builder("output", "Giá trị sản xuất so với kế hoạch")
                .formula("emulation:linear",
                    params(Map.of("maxPoints", 50, "bonusPerPercent", 0.5, "maxBonus", 5)))
                .target(new BigDecimal("100"))
                .build(),
            Criterion.builder("unit-output", "Giá trị sản xuất của đơn vị")
                .appliesTo(ParticipantKind.COLLECTIVE)
                .formula("emulation:linear", params(Map.of("maxPoints", 100)))
                .target(new BigDecimal("1000"))
                .build(),
            Criterion.builder("initiatives", "Sáng kiến")
                .formula("emulation:per-occurrence",
                    params(Map.of("pointsPer", 5, "maxPoints", 10)))
                .whenMissing(MissingPolicy.ZERO)
                .build(),
            Criterion.builder("safety", "An toàn tuyệt đối")
                .formula("emulation:pass-fail",
                    params(Map.of("threshold", 0, "passPoints", 10, "failPoints", 0)))
                .direction(Direction.LOWER_IS_BETTER)
                .veto(true)
                .build())
        .memberAggregation(MemberAggregation.MEAN, BigDecimal.ONE)
        .build();
  }

  static EvaluationData data() {
    return EvaluationData.builder()
        .add(
            Measurement.of("a1", "output", Period.quarter(2021, 1), new BigDecimal("50")),
            Measurement.of("a1", "output", Period.quarter(2021, 2), new BigDecimal("62")),
            Measurement.of("a1", "safety", H1, BigDecimal.ZERO),
            Measurement.of("a2", "output", H1, new BigDecimal("80")),
            Measurement.of("a2", "initiatives", H1, BigDecimal.ONE),
            Measurement.of("a2", "safety", H1, BigDecimal.ZERO),
            Measurement.of("b1", "output", H1, new BigDecimal("130")),
            Measurement.of("b1", "initiatives", H1, new BigDecimal("3")),
            Measurement.of("b1", "safety", H1, BigDecimal.ONE),
            Measurement.of("w1", "unit-output", H1, new BigDecimal("900")),
            Measurement.of("w2", "unit-output", H1, new BigDecimal("1E+3")))
        .add(
            Adjustment.bonus("a1", Period.quarter(2021, 2), new BigDecimal("2"), "giúp tổ mới"),
            Adjustment.penalty("a2", H1, new BigDecimal("1.5"), "đi muộn hai lần"),
            Adjustment.bonus("b1", H1, new BigDecimal("15"), "tháng kỷ lục"))
        .build();
  }

  static EvaluationResult evaluation() {
    return CampaignEvaluator.of(FormulaRegistry.load()).evaluate(campaign(), data(), H1);
  }

  static AwardResult awards(EvaluationResult evaluation) {
    AwardRuleSet rules = AwardRuleSet.builder("small plant")
        .rules(
            AwardRule.of(Award.of("lao-dong-tien-tien", "Lao động tiên tiến",
                AwardKind.EMULATION_TITLE, ParticipantKind.INDIVIDUAL, AwardLevel.GRASSROOTS),
                Conditions.minGrade("COMPLETED")),
            AwardRule.of(Award.of("giay-khen", "Giấy khen", AwardKind.COMMENDATION,
                ParticipantKind.INDIVIDUAL, AwardLevel.GRASSROOTS),
                Conditions.minScore(new BigDecimal("60"))),
            AwardRule.of(Award.of("tap-the-tien-tien", "Tập thể lao động tiên tiến",
                AwardKind.EMULATION_TITLE, ParticipantKind.COLLECTIVE, AwardLevel.GRASSROOTS),
                Conditions.minGrade("EXCELLENT")))
        .build();
    return AwardEvaluator.of(rules).evaluate(campaign(), evaluation, AwardInputs.none());
  }

  private static FormulaParameters params(Map<String, ?> values) {
    return FormulaParameters.of(new TreeMap<>(values));
  }
}
