package io.emulation.examples;

import io.emulation.core.award.AwardEvaluator;
import io.emulation.core.award.AwardInputs;
import io.emulation.core.award.AwardResult;
import io.emulation.core.award.Registrations;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.criteria.Measurement;
import io.emulation.core.evaluation.CampaignEvaluator;
import io.emulation.core.evaluation.EvaluationData;
import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.org.Individual;
import io.emulation.core.org.OrgUnit;
import io.emulation.core.org.Organisation;
import io.emulation.core.period.Period;
import io.emulation.core.preset.Presets;
import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.scoring.spi.FormulaParameters;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The shortest whole use of the library: build a campaign in code, evaluate a quarter, decide
 * the 2022 law's titles and print who got what.
 *
 * @since 0.1
 */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  /** Evaluates and prints every award granted, one line per recipient. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Period q2 = Period.quarter(2021, 2);
    LocalDate hired = LocalDate.of(2018, 3, 1);
    Organisation factory = Organisation.builder().unit(OrgUnit.root("z", "Nhà máy Z"))
        .individual(Individual.of("e1", "Nguyễn Văn An", "z").withHireDate(hired))
        .individual(Individual.of("e2", "Trần Thị Bình", "z").withHireDate(hired))
        .individual(Individual.of("e3", "Lê Văn Cường", "z").withHireDate(hired)).build();
    Campaign campaign = Campaign.builder("q2-2021", "Thi đua quyết thắng quý 2").period(q2)
        .organisation(factory)
        .criteria(Criterion.builder("output", "Giá trị sản xuất so với kế hoạch")
            .formula("emulation:linear", FormulaParameters.builder().put("maxPoints", 100).build())
            .target(new BigDecimal("100")).build())
        .build();
    EvaluationData data = EvaluationData.builder()
        .add(Measurement.of("e1", "output", q2, new BigDecimal("97")),
            Measurement.of("e2", "output", q2, new BigDecimal("82")),
            Measurement.of("e3", "output", q2, new BigDecimal("64")))
        .build();
    EvaluationResult result =
        CampaignEvaluator.of(FormulaRegistry.load()).evaluate(campaign, data, q2);
    AwardResult awards = AwardEvaluator.of(Presets.law2022())
        .evaluate(campaign, result, AwardInputs.none().withRegistrations(Registrations.everyone()));
    awards.decisions().stream().filter(d -> d.granted()).forEach(d -> out.println(
        d.awardId() + ": " + factory.participant(d.participantId()).orElseThrow().name()));
    out.println(awards.summary().describe());
  }
}
