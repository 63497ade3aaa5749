package io.emulation.core.award;

import static io.emulation.core.preset.Presets.CSTDCS;
import static io.emulation.core.preset.Presets.GIAY_KHEN;
import static io.emulation.core.preset.Presets.LDTT;
import static io.emulation.core.preset.Presets.TTLDTT;
import static io.emulation.core.preset.Presets.TTLDXS;
import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.preset.Presets;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.campaign.MemberAggregation;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.criteria.Measurement;
import io.emulation.core.evaluation.CampaignEvaluator;
import io.emulation.core.evaluation.EvaluationData;
import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.org.Individual;
import io.emulation.core.org.OrgUnit;
import io.emulation.core.org.Organisation;
import io.emulation.core.period.Period;
import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.core.text.Message;
import io.emulation.scoring.spi.FormulaParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 2022 pack on one workshop of ten, every decision worked out by hand. */
class AwardEvaluatorTest {
  private static final Period YEAR = Period.year(2021);
  private static final int[] SCORES = {95, 92, 90, 88, 85, 80, 78, 76, 60, 40};

  private final AwardResult awards;

  AwardEvaluatorTest() {
    Organisation.Builder org = Organisation.builder()
        .unit(OrgUnit.root("f", "Factory")).unit(OrgUnit.of("w1", "Workshop", "f"))
        .collective("w1");
    List<Measurement> measurements = new ArrayList<>();
    List<String> everyone = new ArrayList<>();
    for (int i = 0; i < SCORES.length; i++) {
      String id = String.format("p%02d", i + 1);
      everyone.add(id);
      org.individual(Individual.of(id, "Person " + (i + 1), "w1")
          .withHireDate(LocalDate.of(2015, 1, 1)));
      measurements.add(Measurement.of(id, "rating", YEAR, BigDecimal.valueOf(SCORES[i])));
    }
    Campaign campaign = Campaign.builder("c", "Campaign").period(YEAR)
        .organisation(org.build())
        .criteria(Criterion.builder("rating", "Council rating")
            .formula("emulation:rating", FormulaParameters.builder().put("min", 0)
                .put("max", 100).build()).build())
        .memberAggregation(MemberAggregation.MEAN, BigDecimal.ONE)
        .build();
    EvaluationResult evaluation = CampaignEvaluator.of(FormulaRegistry.load())
        .evaluate(campaign, EvaluationData.builder().addMeasurements(measurements).build(), YEAR);
    AwardInputs inputs = AwardInputs.none()
        .withRegistrations(Registrations.everyone())
        .withInitiatives(List.of(
            new Initiative("p01", "New jig", AwardLevel.GRASSROOTS, Period.quarter(2021, 2)),
            new Initiative("p02", "Paint line", AwardLevel.GRASSROOTS, Period.quarter(2021, 3))));
    awards = AwardEvaluator.of(Presets.law2022()).evaluate(campaign, evaluation, inputs);
  }

  @Test
  void advancedWorkerGoesToEveryoneGradedGoodOrBetter() {
    assertThat(awards.recipients(LDTT)).containsExactly("p01", "p02", "p03", "p04", "p05", "p06",
        "p07", "p08");
    assertThat(awards.decision("p09", LDTT).orElseThrow().reasons()).map(Message::toString)
        .containsExactly("grade COMPLETED, needs GOOD or better");
  }

  @Test
  void fighterQuotaIsFifteenPercentOfAdvancedWorkersRoundedDown() {
    // 15% of 8 holders = 1.2 -> 1 place; p01 and p02 have initiatives; p01 ranks first
    assertThat(awards.recipients(CSTDCS)).containsExactly("p01");
    assertThat(awards.decision("p02", CSTDCS).orElseThrow().reasons()).map(Message::toString)
        .containsExactly(
            "ranked 2nd of 2 eligible for 1 place (at most 15% of the lao-dong-tien-tien holders, "
                + "rounded floor)");
  }

  @Test
  void giayKhenSkipsTheFighterForTheSameAchievement() {
    AwardDecision p01 = awards.decision("p01", GIAY_KHEN).orElseThrow();
    assertThat(p01.granted()).isFalse();
    assertThat(p01.excludedBy()).contains(CSTDCS);
    // p02 and p03 are excellent; 10% of 10 = 1 place, p02 ranks first
    assertThat(awards.recipients(GIAY_KHEN)).containsExactly("p02");
  }

  @Test
  void workshopIsAnAdvancedButNotAnExcellentCollective() {
    assertThat(awards.recipients(TTLDTT)).containsExactly("w1");
    AwardDecision excellent = awards.decision("w1", TTLDXS).orElseThrow();
    assertThat(excellent.granted()).isFalse();
    assertThat(excellent.reasons()).map(Message::toString)
        .contains("grade GOOD, needs EXCELLENT or better",
        "9 of 10 members (90.00%) are graded COMPLETED or better, needs at least 100%");
  }

  @Test
  void summaryCountsPeopleAndCollectivesCommended() {
    assertThat(awards.summary().describe())
        .isEqualTo("1 collective and 8 individuals commended (11 awards)");
    assertThat(awards.summary().perAward()).containsEntry(LDTT, 8).containsEntry(CSTDCS, 1)
        .containsEntry(GIAY_KHEN, 1).containsEntry(TTLDTT, 1).containsEntry(TTLDXS, 0);
  }
}
