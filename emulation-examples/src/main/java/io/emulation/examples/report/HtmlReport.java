package io.emulation.examples.report;

import static io.emulation.examples.report.Html.attr;

import io.emulation.core.award.AwardResult;
import io.emulation.core.award.AwardRule;
import io.emulation.core.award.AwardSummary;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.grading.Grade;
import io.emulation.core.org.ParticipantKind;
import io.emulation.examples.CampaignRun;
import io.emulation.examples.report.SvgCharts.Bar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HTML report of an evaluation: one self-contained UTF-8 file (inline CSS and SVG, no
 * script, no fonts or anything else fetched) with the summary numbers, the growth on last year,
 * the grade distribution and the awards per unit as charts, how each award's conditions narrowed
 * the field, the award lists, a ranking table per unit and every participant's explanation.
 * The same run always gives the same bytes: nothing in it depends on the clock or the machine.
 *
 * <pre>{@code
 * HtmlReport.of(run).write(Path.of("out/report.html"));
 * }</pre>
 *
 * @since 0.1
 */
public final class HtmlReport {
  private static final String[] GRADE_COLOURS = {"#1b7f3b", "#5cb85c", "#f0b429", "#d64545"};

  private final CampaignRun run;
  private final List<AwardFunnel> funnels;

  private HtmlReport(CampaignRun run, List<AwardFunnel> funnels) {
    this.run = run;
    this.funnels = List.copyOf(funnels);
  }

  /** A report of the run, with the funnels of its award rules when it has some. */
  public static HtmlReport of(CampaignRun run) {
    List<AwardFunnel> funnels = run.awards().isPresent()
        ? AwardFunnel.of(run.campaign(), run.result(), run.rules().orElseThrow(), run.inputs(),
            run.awards().get())
        : List.of();
    return new HtmlReport(run, funnels);
  }

  /** A report of the run with funnels already computed (see {@link AwardFunnel#of}). */
  public static HtmlReport of(CampaignRun run, List<AwardFunnel> funnels) {
    return new HtmlReport(run, funnels);
  }

  /** Writes the report as a UTF-8 file. */
  public void write(Path file) {
    try {
      Files.writeString(file, render(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report " + file, e);
    }
  }

  /** The whole document. */
  public String render() {
    Campaign campaign = run.campaign();
    EvaluationResult result = run.result();
    Html html = new Html();
    html.raw("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .element("title", "", campaign.name() + " — " + result.period()).raw("\n")
        .raw("<style>").raw(ReportStyle.CSS).raw("</style>\n</head>\n<body>\n<header>")
        .element("h1", "", campaign.name());
    if (!campaign.theme().isEmpty()) {
      html.element("p", "class=\"theme\"", "Chủ đề: “" + campaign.theme() + "”");
    }
    html.element("p", "class=\"meta\"", "Campaign " + campaign.id() + " · period "
            + result.period() + " · definition " + run.definition().getFileName())
        .raw("</header>\n<nav><a href=\"#summary\">Summary</a> <a href=\"#grades\">Grades</a> "
            + "<a href=\"#awards-per-unit\">Awards per unit</a> <a href=\"#funnels\">How the "
            + "awards were decided</a> <a href=\"#award-list\">Award list</a> <a href=\"#"
            + "rankings\">Rankings</a> <a href=\"#participants\">Participants</a></nav>\n<main>\n");
    summary(html);
    grades(html);
    awardsPerUnit(html);
    funnels(html);
    awardList(html);
    ReportTables tables = new ReportTables(campaign, result, run.awards());
    tables.rankings(html);
    tables.participants(html);
    return html.raw("</main>\n</body>\n</html>\n").toString();
  }

  private void summary(Html html) {
    EvaluationResult result = run.result();
    html.raw("<section id=\"summary\"><h2>Summary</h2><div class=\"cards\">");
    card(html, "individuals-count", result.individuals().size(), "individuals evaluated");
    card(html, "collectives-count", result.collectives().size(), "collectives evaluated");
    Optional<AwardSummary> summary = run.awards().map(AwardResult::summary);
    if (summary.isPresent()) {
      card(html, "individuals-commended", summary.get().individualsCommended(),
          "individuals commended");
      card(html, "collectives-commended", summary.get().collectivesCommended(),
          "collectives commended");
      card(html, "awards-total", summary.get().totalGrants(), "awards granted");
    }
    html.raw("</div>");
    summary.ifPresent(s -> html.element("p", "id=\"commended\" class=\"headline\"",
        s.describe()));
    List<YearOverYear> growth = YearOverYear.of(run.campaign(), result);
    if (!growth.isEmpty()) {
      html.raw("<table id=\"growth\"><thead><tr><th>Year-over-year criterion</th>"
          + "<th>Participants</th><th>").text(result.period()).raw("</th><th>")
          .text(result.period().minusYears(1)).raw("</th><th>Growth</th></tr></thead><tbody>");
      for (YearOverYear g : growth) {
        html.raw("<tr " + attr("data-criterion", g.criterionId()) + ">")
            .element("td", "", g.criterionName()).element("td", "class=\"num\"",
                g.participants())
            .element("td", "class=\"num\"", g.value().toPlainString())
            .element("td", "class=\"num\"", g.baseline().toPlainString())
            .element("td", "class=\"num growth\"", g.growthText()).raw("</tr>");
      }
      html.raw("</tbody></table>");
    }
    if (summary.isPresent()) {
      html.raw("<table id=\"awards-granted\"><thead><tr><th>Award</th><th>Id</th><th>For</th>"
          + "<th>Granted</th></tr></thead><tbody>");
      for (AwardRule rule : run.rules().orElseThrow().rules()) {
        String id = rule.award().id();
        int count = summary.get().perAward().getOrDefault(id, 0);
        html.raw("<tr " + attr("data-award", id) + " " + attr("data-count", count) + ">")
            .element("td", "", rule.award().name()).element("td", "class=\"id\"", id)
            .element("td", "", rule.award().recipient() == ParticipantKind.INDIVIDUAL
                ? "individuals" : "collectives")
            .element("td", "class=\"num\"", count).raw("</tr>");
      }
      html.raw("</tbody></table>");
    } else {
      html.element("p", "", "The definition has no award rules, so no awards were decided.");
    }
    html.raw("</section>\n");
  }

  private static void card(Html html, String id, Object number, String label) {
    html.raw("<div class=\"card\">").element("span", attr("id", id) + " class=\"number\"",
        number).element("span", "class=\"label\"", label).raw("</div>");
  }

  private void grades(Html html) {
    html.raw("<section id=\"grades\"><h2>Grade distribution</h2><div class=\"charts\">");
    for (ParticipantKind kind : ParticipantKind.values()) {
      Map<String, Long> counts = run.result().count(kind, r -> r.grade().grade().code());
      List<Grade> grades = run.campaign().grading(kind).grades();
      List<Bar> bars = new ArrayList<>();
      for (int i = 0; i < grades.size(); i++) {
        Grade grade = grades.get(i);
        bars.add(new Bar(grade.code(), grade.code(), counts.getOrDefault(grade.code(), 0L),
            i < GRADE_COLOURS.length ? GRADE_COLOURS[i] : "#888888"));
      }
      String name = kind == ParticipantKind.INDIVIDUAL ? "individuals" : "collectives";
      html.raw("<figure>").raw(SvgCharts.columns("grades-" + name, "Grades of " + name, bars))
          .element("figcaption", "", "Grades of " + name + " (" + (kind
              == ParticipantKind.INDIVIDUAL ? run.result().individuals()
              : run.result().collectives()).size() + ")")
          .raw("</figure>");
    }
    html.raw("</div></section>\n");
  }

  private void awardsPerUnit(Html html) {
    html.raw("<section id=\"awards-per-unit\"><h2>Awards per unit</h2>");
    if (run.awards().isEmpty()) {
      html.element("p", "", "No awards were decided.").raw("</section>\n");
      return;
    }
    List<SvgCharts.Stack> rows = UnitAwards.of(run.campaign(), run.awards().get());
    html.raw(SvgCharts.rows("awards-per-unit-chart", "Awards per unit", "to individuals",
            "to collectives", rows))
        .element("p", "class=\"note\"", "Each unit below the top counts the awards of its "
            + "people and of its collectives (itself and the teams inside it).")
        .raw("</section>\n");
  }

  private void funnels(Html html) {
    html.raw("<section id=\"funnels\"><h2>How the awards were decided</h2>");
    if (funnels.isEmpty()) {
      html.element("p", "", "No awards were decided.").raw("</section>\n");
      return;
    }
    html.element("p", "class=\"note\"", "For each award, how many meet each of its "
        + "conditions and every condition before it, in the order the rule lists them.");
    for (AwardFunnel funnel : funnels) {
      html.raw("<table class=\"funnel\" " + attr("data-award", funnel.awardId()) + ">")
          .raw("<caption>").text(funnel.awardName() + " (" + funnel.awardId() + ")")
          .raw("</caption><tbody><tr class=\"start\">")
          .element("td", "", funnel.recipient() == ParticipantKind.INDIVIDUAL
              ? "individuals evaluated" : "collectives evaluated")
          .element("td", "class=\"num\"", funnel.considered()).raw("</tr>");
      for (AwardFunnel.Step step : funnel.steps()) {
        html.raw("<tr class=\"step\">").element("td", "", step.condition())
            .element("td", "class=\"num\"", step.remaining()).raw("</tr>");
      }
      html.raw("<tr class=\"granted\">").element("td", "", funnel.quota().isEmpty() ? "granted"
              : "granted within the quota (" + funnel.quota() + ")")
          .element("td", "class=\"num\"", funnel.granted()).raw("</tr></tbody></table>");
    }
    html.raw("</section>\n");
  }

  private void awardList(Html html) {
    html.raw("<section id=\"award-list\"><h2>Award list</h2>");
    if (run.awards().isEmpty()) {
      html.element("p", "", "No awards were decided.").raw("</section>\n");
      return;
    }
    AwardResult awards = run.awards().get();
    for (AwardRule rule : run.rules().orElseThrow().decisionOrder()) {
      List<String> recipients = awards.recipients(rule.award().id());
      html.raw("<details class=\"award\" " + attr("data-award", rule.award().id()) + "><summary>")
          .text(rule.award().name() + " (" + rule.award().id() + "): " + recipients.size())
          .raw("</summary><ol>");
      for (String id : recipients) {
        String name = run.campaign().organisation().participant(id).map(p -> p.name())
            .orElse(id);
        html.raw("<li><a " + attr("href", "#p-" + id) + ">").text(id).raw("</a> ")
            .text(name + " — " + ReportTables.unitName(run.campaign(), id)).raw("</li>");
      }
      html.raw("</ol></details>");
    }
    html.raw("</section>\n");
  }
}
