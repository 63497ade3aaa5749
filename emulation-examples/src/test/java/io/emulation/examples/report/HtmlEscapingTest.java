package io.emulation.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.award.AwardInputs;
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
import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.examples.CampaignRun;
import io.emulation.scoring.spi.FormulaParameters;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Names and reasons from a campaign are shown as text, never read as markup. */
class HtmlEscapingTest {
  private static final String NAME = "<script>alert(1)</script> & \"Bình\" <b>x</b>";

  @Test
  void markupInANameIsShownAsText() {
    Document report = Jsoup.parse(HtmlReport.of(run()).render());

    assertThat(report.select("script, b")).isEmpty();
    assertThat(report.selectFirst("tr[data-participant=e1] td.name").text()).isEqualTo(NAME);
  }

  @Test
  void escapeReplacesEveryCharacterThatMeansMarkup() {
    assertThat(Html.escape("<a href='x'>\"&\"</a>"))
        .isEqualTo("&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;");
  }

  /** A one-person campaign without award rules. */
  private static CampaignRun run() {
    Period q2 = Period.quarter(2021, 2);
    Campaign campaign = Campaign.builder("c", "C")
        .period(q2)
        .organisation(Organisation.builder().unit(OrgUnit.root("z", "Z"))
            .individual(Individual.of("e1", NAME, "z")).build())
        .criteria(Criterion.builder("output", "Output")
            .formula("emulation:linear", FormulaParameters.builder().put("maxPoints", 100).build())
            .target(new BigDecimal("100")).build())
        .build();
    EvaluationResult result = CampaignEvaluator.of(FormulaRegistry.load()).evaluate(campaign,
        EvaluationData.builder().add(Measurement.of("e1", "output", q2, BigDecimal.TEN)).build(),
        q2);
    return new CampaignRun(Path.of("c.yaml"), campaign, Optional.empty(), AwardInputs.none(),
        false, result, Optional.empty());
  }
}
