package io.emulation.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.award.AwardResult;
import io.emulation.core.award.AwardSummary;
import io.emulation.core.evaluation.ParticipantResult;
import io.emulation.core.org.Organisation;
import io.emulation.core.org.ParticipantKind;
import io.emulation.examples.CampaignRun;
import io.emulation.examples.SeedFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed campaign's HTML report, parsed back: its numbers are the evaluation's. */
class HtmlReportTest {
  private static CampaignRun run;
  private static AwardResult awards;
  private static String html;
  private static Document report;

  @BeforeAll
  static void render() {
    run = SeedFixture.run();
    awards = run.awards().orElseThrow();
    html = HtmlReport.of(run, SeedFixture.funnels()).render();
    report = Jsoup.parse(html);
  }

  @Test
  void summaryCardsShowTheCommendedCounts() {
    AwardSummary summary = awards.summary();

    assertThat(report.getElementById("collectives-commended").text())
        .isEqualTo(String.valueOf(summary.collectivesCommended()));
    assertThat(report.getElementById("individuals-commended").text())
        .isEqualTo(String.valueOf(summary.individualsCommended()));
    assertThat(report.getElementById("awards-total").text())
        .isEqualTo(String.valueOf(summary.totalGrants()));
    assertThat(report.getElementById("commended").text()).isEqualTo(summary.describe());
  }

  @Test
  void rankingRowShowsTheParticipantsTotalGradeAndRank() {
    ParticipantResult best = run.result().individuals().get(0);

    Element row = report.selectFirst("table.ranking tr[data-participant="
        + best.participantId() + "]");

    assertThat(row.selectFirst("td.total").text())
        .isEqualTo(best.scorecard().total().toPlainString());
    assertThat(row.selectFirst("td.grade").text()).isEqualTo(best.grade().grade().code());
    assertThat(row.selectFirst("td.rank").text())
        .isEqualTo(String.valueOf(best.inUnit().rank()));
  }

  @Test
  void gradeBarsAddUpToTheParticipantsOfEachKind() {
    assertThat(sum("#grades-individuals g.bar")).isEqualTo(run.result().individuals().size());
    assertThat(sum("#grades-collectives g.bar")).isEqualTo(run.result().collectives().size());
    Map<String, Long> counts = run.result().count(ParticipantKind.INDIVIDUAL,
        r -> r.grade().grade().code());
    for (Element bar : report.select("#grades-individuals g.bar")) {
      assertThat(Long.parseLong(bar.attr("data-count")))
          .isEqualTo(counts.getOrDefault(bar.attr("data-key"), 0L));
    }
  }

  @Test
  void awardsPerUnitRollUpTheSummarysUnitCounts() {
    Organisation org = run.campaign().organisation();
    Map<String, Long> expected = new HashMap<>();
    awards.summary().perUnit().forEach((unit, count) -> org.childrenOf("nha-may").stream()
        .filter(top -> org.isWithin(unit, top)).findFirst()
        .ifPresent(top -> expected.merge(top, (long) count, Long::sum)));

    for (Element row : report.select("#awards-per-unit-chart g.row")) {
      assertThat(Long.parseLong(row.attr("data-count"))).as(row.attr("data-key"))
          .isEqualTo(expected.getOrDefault(row.attr("data-key"), 0L));
    }
    assertThat(sum("#awards-per-unit-chart g.row")).isEqualTo(awards.summary().totalGrants());
  }

  @Test
  void awardTableCountsEachAwardsGrants() {
    awards.summary().perAward().forEach((award, count) ->
        assertThat(report.selectFirst("#awards-granted tr[data-award=" + award + "]")
            .attr("data-count")).isEqualTo(String.valueOf(count)));
  }

  @Test
  void funnelTablesEndInTheGrants() {
    for (AwardFunnel funnel : SeedFixture.funnels()) {
      Element table = report.selectFirst("table.funnel[data-award=" + funnel.awardId() + "]");
      assertThat(table.select("tr.step")).hasSize(funnel.steps().size());
      assertThat(table.selectFirst("tr.granted td.num").text())
          .isEqualTo(String.valueOf(awards.recipients(funnel.awardId()).size()));
    }
  }

  @Test
  void everyParticipantHasItsExplanation() {
    assertThat(report.select("details.participant")).hasSize(run.result().all().size());
    Element workshop = report.getElementById("p-px-co-khi-2");
    assertThat(workshop.selectFirst("pre.explain").text()).contains("veto failed: dv-an-toan");
    assertThat(workshop.selectFirst("pre.decisions").text()).contains("don-vi-tien-tien");
  }

  @Test
  void reportFetchesNothing() {
    assertThat(report.select("script, link, iframe, img, object, embed, [src]")).isEmpty();
    assertThat(report.select("style").html()).doesNotContain("url(").doesNotContain("@import");
  }

  @Test
  void vietnameseTextSurvivesAsUtf8(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("report.html");
    HtmlReport.of(run, SeedFixture.funnels()).write(file);

    Document read = Jsoup.parse(file.toFile(), null);
    assertThat(read.selectFirst("meta[charset]").attr("charset")).isEqualToIgnoringCase("utf-8");
    assertThat(read.selectFirst("h1").text()).isEqualTo("Phong trào thi đua Quyết thắng năm 2021");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(html);
  }

  @Test
  void sameRunRendersTheSameBytes() {
    assertThat(HtmlReport.of(run, SeedFixture.funnels()).render()).isEqualTo(html);
  }

  private static long sum(String selector) {
    return report.select(selector).stream().mapToLong(e -> Long.parseLong(e.attr("data-count")))
        .sum();
  }
}
