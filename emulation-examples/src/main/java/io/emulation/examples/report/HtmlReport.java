package io.emulation.examples.report;

import static io.emulation.examples.report.Html.attr;
import static java.util.Objects.requireNonNull;

import io.emulation.core.award.AwardResult;
import io.emulation.core.award.AwardRule;
import io.emulation.core.award.AwardSummary;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.grading.Grade;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.text.Languages;
import io.emulation.core.text.TextCatalog;
import io.emulation.examples.CampaignRun;
import io.emulation.examples.report.SvgCharts.Bar;
import io.emulation.examples.text.LibraryText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The HTML report of an evaluation: one self-contained UTF-8 file (inline CSS and SVG, no
 * script, no fonts or anything else fetched) with the summary numbers, the growth on last year,
 * the grade distribution and the awards per unit as charts, how each award's conditions narrowed
 * the field, the award lists, a ranking table per unit and every participant's explanation.
 * The same run always gives the same bytes: nothing in it depends on the clock or the machine.
 *
 * <p>The report's words are English unless {@linkplain #in(Locale) another language} is asked
 * for (Vietnamese is the other one); names people gave (campaign, units, participants, criteria,
 * awards, grade codes) stay as written.
 *
 * <pre>{@code
 * HtmlReport.of(run).in(Languages.VIETNAMESE).write(Path.of("out/report.html"));
 * }</pre>
 *
 * @since 0.1
 */
public final class HtmlReport {
  private static final String[] GRADE_COLOURS = {"#1b7f3b", "#5cb85c", "#f0b429", "#d64545"};

  private final CampaignRun run;
  private final List<AwardFunnel> funnels;
  private final TextCatalog.Localized text;

  private HtmlReport(CampaignRun run, List<AwardFunnel> funnels, Locale locale) {
    this.run = run;
    this.funnels = List.copyOf(funnels);
    this.text = ReportText.CATALOG.in(locale);
  }

  /** A report of the run, with the funnels of its award rules when it has some. */
  public static HtmlReport of(CampaignRun run) {
    List<AwardFunnel> funnels = run.awards().isPresent()
        ? AwardFunnel.of(run.campaign(), run.result(), run.rules().orElseThrow(), run.inputs(),
            run.awards().get())
        : List.of();
    return new HtmlReport(run, funnels, Languages.ENGLISH);
  }

  /** A report of the run with funnels already computed (see {@link AwardFunnel#of}). */
  public static HtmlReport of(CampaignRun run, List<AwardFunnel> funnels) {
    return new HtmlReport(run, funnels, Languages.ENGLISH);
  }

  /**
   * The same report in another language: Vietnamese for a {@code vi} locale, English for any
   * other; its {@code <html lang>} says which.
   *
   * @since 0.2
   */
  public HtmlReport in(Locale locale) {
    Locale language = Languages.isVietnamese(requireNonNull(locale, "locale"))
        ? Languages.VIETNAMESE : Languages.ENGLISH;
    return new HtmlReport(run, funnels, language);
  }

  /**
   * The report's language.
   *
   * @since 0.2
   */
  public Locale locale() {
    return text.locale();
  }

  /** Writes the report as a UTF-8 file. */
  public void write(Path file) {
    try {
      Files.writeString(file, render(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(text.get("report.error.write", file.toString()), e);
    }
  }

  /** The whole document. */
  public String render() {
    Campaign campaign = run.campaign();
    EvaluationResult result = run.result();
    Html html = new Html();
    html.raw("<!DOCTYPE html>\n<html " + attr("lang", locale().toLanguageTag())
            + ">\n<head>\n<meta charset=\"utf-8\">\n")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .element("title", "", campaign.name() + " — " + result.period()).raw("\n")
        .raw("<style>").raw(ReportStyle.CSS).raw("</style>\n</head>\n<body>\n<header>")
        .element("h1", "", campaign.name());
    if (!campaign.theme().isEmpty()) {
      html.element("p", "class=\"theme\"", text.get("report.theme", campaign.theme()));
    }
    html.element("p", "class=\"meta\"", text.get("report.meta", campaign.id(),
            result.period().toString(), run.definition().getFileName().toString()))
        .raw("</header>\n<nav>");
    link(html, "summary", text.get("report.nav.summary"));
    link(html, "grades", text.get("report.nav.grades"));
    link(html, "awards-per-unit", text.get("report.nav.awardsPerUnit"));
    link(html, "funnels", text.get("report.nav.funnels"));
    link(html, "award-list", text.get("report.nav.awardList"));
    link(html, "rankings", text.get("report.nav.rankings"));
    html.raw("<a href=\"#participants\">").text(text.get("report.nav.participants"))
        .raw("</a></nav>\n<main>\n");
    summary(html);
    grades(html);
    awardsPerUnit(html);
    funnels(html);
    awardList(html);
    ReportTables tables = new ReportTables(campaign, result, run.awards(), text);
    tables.rankings(html);
    tables.participants(html);
    return html.raw("</main>\n</body>\n</html>\n").toString();
  }

  private static void link(Html html, String section, String label) {
    html.raw("<a " + attr("href", "#" + section) + ">").text(label).raw("</a> ");
  }

  /** The opening of a section with its heading. */
  private static void section(Html html, String id, String heading) {
    html.raw("<section " + attr("id", id) + ">").element("h2", "", heading);
  }

  private void summary(Html html) {
    EvaluationResult result = run.result();
    section(html, "summary", text.get("report.summary.heading"));
    html.raw("<div class=\"cards\">");
    card(html, "individuals-count", result.individuals().size(),
        text.get("report.summary.individualsEvaluated"));
    card(html, "collectives-count", result.collectives().size(),
        text.get("report.summary.collectivesEvaluated"));
    Optional<AwardSummary> summary = run.awards().map(AwardResult::summary);
    if (summary.isPresent()) {
      card(html, "individuals-commended", summary.get().individualsCommended(),
          text.get("report.summary.individualsCommended"));
      card(html, "collectives-commended", summary.get().collectivesCommended(),
          text.get("report.summary.collectivesCommended"));
      card(html, "awards-total", summary.get().totalGrants(),
          text.get("report.summary.awardsGranted"));
    }
    html.raw("</div>");
    summary.ifPresent(s -> html.element("p", "id=\"commended\" class=\"headline\"",
        commended(s, locale())));
    List<YearOverYear> growth = YearOverYear.of(run.campaign(), result);
    if (!growth.isEmpty()) {
      html.raw("<table id=\"growth\"><thead><tr>")
          .element("th", "", text.get("report.growth.criterion"))
          .element("th", "", text.get("report.growth.participants"))
          .element("th", "", result.period()).element("th", "", result.period().minusYears(1))
          .element("th", "", text.get("report.growth.growth")).raw("</tr></thead><tbody>");
      for (YearOverYear g : growth) {
        html.raw("<tr " + attr("data-criterion", g.criterionId()) + ">")
            .element("td", "", g.criterionName()).element("td", "class=\"num\"",
                g.participants())
            .element("td", "class=\"num\"", LibraryText.number(g.value(), locale()))
            .element("td", "class=\"num\"", LibraryText.number(g.baseline(), locale()))
            .element("td", "class=\"num growth\"", g.growthText(locale())).raw("</tr>");
      }
      html.raw("</tbody></table>");
    }
    if (summary.isPresent()) {
      html.raw("<table id=\"awards-granted\"><thead><tr>")
          .element("th", "", text.get("report.awards.award"))
          .element("th", "", text.get("report.awards.id"))
          .element("th", "", text.get("report.awards.for"))
          .element("th", "", text.get("report.awards.granted")).raw("</tr></thead><tbody>");
      for (AwardRule rule : run.rules().orElseThrow().rules()) {
        String id = rule.award().id();
        int count = summary.get().perAward().getOrDefault(id, 0);
        html.raw("<tr " + attr("data-award", id) + " " + attr("data-count", count) + ">")
            .element("td", "", rule.award().name()).element("td", "class=\"id\"", id)
            .element("td", "", rule.award().recipient() == ParticipantKind.INDIVIDUAL
                ? text.get("report.kind.individuals") : text.get("report.kind.collectives"))
            .element("td", "class=\"num\"", count).raw("</tr>");
      }
      html.raw("</tbody></table>");
    } else {
      html.element("p", "", text.get("report.awards.noRules"));
    }
    html.raw("</section>\n");
  }

  /**
   * The outcome in one line: {@code "19 collectives and 73 individuals commended (133 awards)"},
   * in Vietnamese {@code "19 tập thể và 73 cá nhân được khen thưởng (133 danh hiệu, ...)"}.
   *
   * @since 0.2
   */
  public static String commended(AwardSummary summary, Locale locale) {
    return ReportText.CATALOG.in(locale).get("report.summary.commended",
        summary.collectivesCommended(), summary.individualsCommended(), summary.totalGrants());
  }

  private static void card(Html html, String id, Object number, String label) {
    html.raw("<div class=\"card\">").element("span", attr("id", id) + " class=\"number\"",
        number).element("span", "class=\"label\"", label).raw("</div>");
  }

  private void grades(Html html) {
    section(html, "grades", text.get("report.grades.heading"));
    html.raw("<div class=\"charts\">");
    for (ParticipantKind kind : ParticipantKind.values()) {
      Map<String, Long> counts = run.result().count(kind, r -> r.grade().grade().code());
      List<Grade> grades = run.campaign().grading(kind).grades();
      List<Bar> bars = new ArrayList<>();
      for (int i = 0; i < grades.size(); i++) {
        Grade grade = grades.get(i);
        bars.add(new Bar(grade.code(), grade.code(), counts.getOrDefault(grade.code(), 0L),
            i < GRADE_COLOURS.length ? GRADE_COLOURS[i] : "#888888"));
      }
      boolean individuals = kind == ParticipantKind.INDIVIDUAL;
      String id = individuals ? "grades-individuals" : "grades-collectives";
      String title = individuals ? text.get("report.grades.ofIndividuals")
          : text.get("report.grades.ofCollectives");
      int count = (individuals ? run.result().individuals() : run.result().collectives()).size();
      html.raw("<figure>").raw(SvgCharts.columns(id, title, bars))
          .element("figcaption", "", text.get("report.grades.caption", title, count))
          .raw("</figure>");
    }
    html.raw("</div></section>\n");
  }

  private void awardsPerUnit(Html html) {
    section(html, "awards-per-unit", text.get("report.perUnit.heading"));
    if (run.awards().isEmpty()) {
      html.element("p", "", text.get("report.awards.none")).raw("</section>\n");
      return;
    }
    List<SvgCharts.Stack> rows = UnitAwards.of(run.campaign(), run.awards().get());
    html.raw(SvgCharts.rows("awards-per-unit-chart", text.get("report.perUnit.heading"),
            text.get("report.perUnit.toIndividuals"), text.get("report.perUnit.toCollectives"),
            rows))
        .element("p", "class=\"note\"", text.get("report.perUnit.note"))
        .raw("</section>\n");
  }

  private void funnels(Html html) {
    section(html, "funnels", text.get("report.funnels.heading"));
    if (funnels.isEmpty()) {
      html.element("p", "", text.get("report.awards.none")).raw("</section>\n");
      return;
    }
    html.element("p", "class=\"note\"", text.get("report.funnels.note"));
    for (AwardFunnel funnel : funnels) {
      html.raw("<table class=\"funnel\" " + attr("data-award", funnel.awardId()) + ">")
          .raw("<caption>").text(funnel.awardName() + " (" + funnel.awardId() + ")")
          .raw("</caption><tbody><tr class=\"start\">")
          .element("td", "", funnel.recipient() == ParticipantKind.INDIVIDUAL
              ? text.get("report.funnels.individuals") : text.get("report.funnels.collectives"))
          .element("td", "class=\"num\"", funnel.considered()).raw("</tr>");
      for (AwardFunnel.Step step : funnel.steps()) {
        html.raw("<tr class=\"step\">")
            .element("td", "", LibraryText.text(step.condition(), locale()))
            .element("td", "class=\"num\"", step.remaining()).raw("</tr>");
      }
      html.raw("<tr class=\"granted\">").element("td", "", funnel.quota()
              .map(quota -> text.get("report.funnels.grantedWithinQuota", quota))
              .orElseGet(() -> text.get("report.funnels.granted")))
          .element("td", "class=\"num\"", funnel.granted()).raw("</tr></tbody></table>");
    }
    html.raw("</section>\n");
  }

  private void awardList(Html html) {
    section(html, "award-list", text.get("report.awardList.heading"));
    if (run.awards().isEmpty()) {
      html.element("p", "", text.get("report.awards.none")).raw("</section>\n");
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
