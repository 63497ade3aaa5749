package io.emulation.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.award.AwardSummary;
import io.emulation.core.text.Languages;
import io.emulation.examples.CampaignRun;
import io.emulation.examples.SeedFixture;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed campaign's report in Vietnamese and in English: words, language tag, names. */
class HtmlReportLanguagesTest {
  private static CampaignRun run;
  private static Document vietnamese;
  private static Document english;

  @BeforeAll
  static void render() {
    run = SeedFixture.run();
    HtmlReport report = HtmlReport.of(run, SeedFixture.funnels());
    vietnamese = Jsoup.parse(report.in(Languages.VIETNAMESE).render());
    english = Jsoup.parse(report.render());
  }

  @Test
  void htmlLangFollowsTheLanguage() {
    assertThat(vietnamese.selectFirst("html").attr("lang")).isEqualTo("vi");
    assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
  }

  @Test
  void vietnameseReportHasVietnameseHeadings() {
    assertThat(vietnamese.select("section > h2").eachText()).containsExactly("Tổng hợp",
        "Kết quả xếp loại", "Khen thưởng theo đơn vị", "Cách xét danh hiệu",
        "Danh sách khen thưởng", "Xếp hạng theo đơn vị", "Đối tượng thi đua");
  }

  @Test
  void englishReportKeepsItsHeadings() {
    assertThat(english.select("section > h2").eachText()).containsExactly("Summary",
        "Grade distribution", "Awards per unit", "How the awards were decided", "Award list",
        "Rankings by unit", "Participants");
  }

  @Test
  void commendedLineIsInEachLanguage() {
    AwardSummary summary = run.awards().orElseThrow().summary();

    assertThat(vietnamese.getElementById("commended").text()).isEqualTo("19 tập thể và 73 cá "
        + "nhân được khen thưởng (" + summary.totalGrants() + " danh hiệu, hình thức khen thưởng)");
    assertThat(english.getElementById("commended").text())
        .isEqualTo("19 collectives and 73 individuals commended (" + summary.totalGrants()
            + " awards)");
  }

  @Test
  void summaryCardsAndTableHeadersAreTranslated() {
    assertThat(vietnamese.select("#summary .card .label").eachText())
        .contains("cá nhân được đánh giá", "tập thể được khen thưởng");
    assertThat(vietnamese.select("table.ranking").first().select("th").eachText())
        .containsExactly("Hạng", "Mã", "Họ tên", "Tổng điểm", "Xếp loại", "Danh hiệu");
  }

  @Test
  void namesPeopleGaveStayAsWrittenInBothLanguages() {
    for (Document report : new Document[] {vietnamese, english}) {
      assertThat(report.selectFirst("h1").text())
          .isEqualTo("Phong trào thi đua Quyết thắng năm 2021");
      assertThat(report.selectFirst("#awards-granted tr[data-award=chien-si-tien-tien] td")
          .text()).isEqualTo("Chiến sĩ tiên tiến");
    }
  }

  @Test
  void vietnameseTotalsUseADecimalComma() {
    String total = run.result().individuals().get(0).scorecard().total().toPlainString();
    String id = run.result().individuals().get(0).participantId();

    assertThat(vietnamese.selectFirst("table.ranking tr[data-participant=" + id + "] td.total")
        .text()).isEqualTo(total.replace('.', ','));
  }

  @Test
  void growthIsWrittenAsEachLanguageWritesNumbers() {
    YearOverYear growth = YearOverYear.of(run.campaign(), run.result()).get(0);

    assertThat(growth.growthText(Languages.VIETNAMESE)).isEqualTo("+10,0%");
    assertThat(growth.growthText(Locale.ENGLISH)).isEqualTo("+10.0%").isEqualTo(
        growth.growthText());
  }

  @Test
  void funnelReadsInBothLanguages() {
    AwardFunnel funnel = SeedFixture.funnels().get(0);

    assertThat(funnel.describe(Languages.VIETNAMESE)).startsWith(funnel.awardId() + ": "
        + funnel.considered() + " cá nhân → ");
    assertThat(funnel.describe(Languages.ENGLISH)).startsWith(funnel.awardId() + ": "
        + funnel.considered() + " individuals → ").isEqualTo(funnel.describe());
  }

  @Test
  void otherLanguagesGetTheEnglishReport() {
    assertThat(HtmlReport.of(run, SeedFixture.funnels()).in(Locale.FRENCH).locale())
        .isEqualTo(Languages.ENGLISH);
  }
}
