package io.emulation.core.evaluation;

import io.emulation.core.campaign.Campaign;
import io.emulation.core.campaign.MemberAggregation;
import io.emulation.core.criteria.Adjustment;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.criteria.Measurement;
import io.emulation.core.criteria.MissingPolicy;
import io.emulation.core.org.Individual;
import io.emulation.core.org.OrgUnit;
import io.emulation.core.org.Organisation;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.period.Period;
import io.emulation.scoring.spi.Direction;
import io.emulation.scoring.spi.FormulaParameters;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A small campaign whose every number is worked out by hand in {@link CampaignEvaluatorTest}:
 * a factory with two workshops competing as collectives and three people.
 */
public final class SmallFactory {
  public static final Period YEAR = Period.year(2021);
  public static final Period H1 = Period.half(2021, 1);

  private SmallFactory() {}

  public static Organisation organisation() {
    return Organisation.builder()
        .unit(OrgUnit.root("f", "Nhà máy Z"))
        .unit(OrgUnit.of("w1", "Phân xưởng 1", "f"))
        .unit(OrgUnit.of("w2", "Phân xưởng 2", "f"))
        .collective("w1")
        .collective("w2")
        .individual(Individual.of("a1", "Nguyễn Văn An", "w1"))
        .individual(Individual.of("a2", "Trần Thị Bình", "w1").withDirectProduction(true))
        .individual(Individual.of("b1", "Lê Văn Cường", "w2"))
        .build();
  }

  public static Campaign campaign() {
    return Campaign.builder("qt-2021", "Thi đua quyết thắng 2021")
        .theme("Mẫu mực, kỷ cương, sáng tạo, quyết thắng")
        .period(YEAR)
        .organisation(organisation())
        .criteria(
            Criterion.builder("output", "Giá trị sản xuất so với kế hoạch")
                .formula("emulation:linear",
                    params(Map.of("maxPoints", 50, "bonusPerPercent", 0.5, "maxBonus", 5)))
                .target(new BigDecimal("100"))
                .build(),
            Criterion.builder("initiatives", "Sáng kiến")
                .formula("emulation:per-occurrence", params(Map.of("pointsPer", 5, "maxPoints", 10)))
                .whenMissing(MissingPolicy.ZERO)
                .build(),
            Criterion.builder("safety", "An toàn tuyệt đối")
                .formula("emulation:pass-fail",
                    params(Map.of("threshold", 0, "passPoints", 10, "failPoints", 0)))
                .direction(Direction.LOWER_IS_BETTER)
                .veto(true)
                .build(),
            Criterion.builder("unit-output", "Giá trị sản xuất của đơn vị")
                .appliesTo(ParticipantKind.COLLECTIVE)
                .formula("emulation:linear", params(Map.of("maxPoints", 100)))
                .target(new BigDecimal("1000"))
                .build())
        .memberAggregation(MemberAggregation.MEAN, BigDecimal.ONE)
        .build();
  }

  public static EvaluationData data() {
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
            Measurement.of("w2", "unit-output", H1, new BigDecimal("1000")))
        .add(
            Adjustment.bonus("a1", Period.quarter(2021, 2), new BigDecimal("2"), "helped a new team"),
            Adjustment.penalty("a2", H1, new BigDecimal("1.5"), "late twice"),
            Adjustment.bonus("b1", H1, new BigDecimal("15"), "record month"),
            Adjustment.bonus("b1", Period.quarter(2021, 3), new BigDecimal("99"), "outside H1"))
        .build();
  }

  public static FormulaParameters params(Map<String, ?> values) {
    return FormulaParameters.of(new java.util.TreeMap<>(values));
  }
}
