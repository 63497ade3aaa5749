package io.emulation.examples.seed;

import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.award.AwardDecision;
import io.emulation.core.award.AwardResult;
import io.emulation.core.award.AwardSummary;
import io.emulation.core.org.Organisation;
import io.emulation.core.preset.Presets;
import io.emulation.examples.CampaignRun;
import io.emulation.examples.SeedFixture;
import io.emulation.examples.report.AwardFunnel;
import io.emulation.examples.report.YearOverYear;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed campaign's files lead to the seed article's half-year: 19 collectives and 73
 * individuals commended, production value up 10% on 2020. The numbers are computed here from
 * the files; nothing in the generator or the example states them.
 */
class SeedCampaignOutcomeTest {
  private final CampaignRun run = SeedFixture.run();
  private final AwardResult awards = run.awards().orElseThrow();

  @Test
  void firstHalfOf2021CommendsNineteenCollectivesAndSeventyThreeIndividuals() {
    AwardSummary summary = awards.summary();

    assertThat(summary.collectivesCommended()).isEqualTo(19);
    assertThat(summary.individualsCommended()).isEqualTo(73);
    assertThat(summary.describe()).startsWith("19 collectives and 73 individuals commended");
  }

  @Test
  void productionValueGrewTenPercentOnTheFirstHalfOf2020() {
    List<YearOverYear> growth = YearOverYear.of(run.campaign(), run.result());

    assertThat(growth).singleElement().satisfies(g -> {
      assertThat(g.criterionId()).isEqualTo("dv-tang-truong");
      assertThat(g.participants()).isEqualTo(10);
      assertThat(g.growthText()).isEqualTo("+10.0%");
    });
  }

  @Test
  void factoryHasFifteenUnitsAndAboutFourHundredStaff() {
    Organisation org = run.campaign().organisation();

    assertThat(org.childrenOf("nha-may")).hasSize(15);
    assertThat(org.individuals()).hasSizeBetween(380, 420);
    assertThat(org.collectives()).hasSizeGreaterThan(19);
  }

  @Test
  void seriousIncidentBarsItsTeamAndTheWorkshopAboveIt() {
    for (String unit : List.of("px-co-khi-2-t3", "px-co-khi-2")) {
      AwardDecision decision = awards.decision(unit, Presets.DVTT).orElseThrow();
      assertThat(decision.outcome()).isEqualTo(AwardDecision.Outcome.NOT_ELIGIBLE);
      assertThat(decision.reasons()).anySatisfy(r -> assertThat(r.toString()).contains("veto failed"));
    }
  }

  @Test
  void memberDisciplinedAtWarningLevelBarsAnOtherwiseAdvancedTeam() {
    AwardDecision decision = awards.decision("px-lap-rap-t2", Presets.DVTT).orElseThrow();

    assertThat(decision.outcome()).isEqualTo(AwardDecision.Outcome.NOT_ELIGIBLE);
    assertThat(decision.reasons()).singleElement().asString()
        .startsWith("members disciplined at WARNING or above: ");
  }

  @Test
  void everyFunnelEndsInTheAwardsGranted() {
    for (AwardFunnel funnel : SeedFixture.funnels()) {
      assertThat(funnel.granted()).as(funnel.awardId())
          .isEqualTo(awards.recipients(funnel.awardId()).size());
      assertThat(funnel.steps()).isNotEmpty();
      assertThat(funnel.steps().get(funnel.steps().size() - 1).remaining())
          .isGreaterThanOrEqualTo(funnel.granted());
    }
  }

  @Test
  void exampleProgramPrintsTheFunnelsAndTheOutcome() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SeedCampaign.print(run, SeedFixture.funnels(),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("Nhà máy Z: 15 units below the factory")
        .contains("+10.0% against the same period a year before")
        .contains("chien-si-tien-tien: 399 individuals → 81 grade GOOD or better")
        .contains("don-vi-tien-tien: 56 collectives")
        .contains("19 collectives and 73 individuals commended");
  }
}
