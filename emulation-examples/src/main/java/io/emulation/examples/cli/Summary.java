package io.emulation.examples.cli;

import io.emulation.core.award.AwardResult;
import io.emulation.core.award.AwardRule;
import io.emulation.core.grading.Grade;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.text.TextCatalog;
import io.emulation.examples.CampaignRun;
import io.emulation.examples.report.HtmlReport;
import io.emulation.examples.report.YearOverYear;
import io.emulation.examples.text.LibraryText;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The short summary {@code evaluate} prints: participants, grades, awards per kind, outcome. */
final class Summary {
  private Summary() {}

  static void print(CampaignRun run, TextCatalog.Localized text, PrintWriter out) {
    out.println(text.get("cli.summary.campaign", run.campaign().id(), run.campaign().name(),
        run.result().period().toString()));
    out.println(text.get("cli.summary.participants", run.result().individuals().size(),
        run.result().collectives().size()));
    out.println(text.get("cli.summary.gradesOfIndividuals",
        grades(run, ParticipantKind.INDIVIDUAL)));
    out.println(text.get("cli.summary.gradesOfCollectives",
        grades(run, ParticipantKind.COLLECTIVE)));
    for (YearOverYear growth : YearOverYear.of(run.campaign(), run.result())) {
      out.println(text.get("cli.summary.growth", growth.criterionName(),
          growth.growthText(text.locale()), run.result().period().minusYears(1).toString(),
          LibraryText.number(growth.value(), text.locale()),
          LibraryText.number(growth.baseline(), text.locale())));
    }
    if (run.awards().isEmpty()) {
      out.println(text.get("cli.summary.noAwards"));
      return;
    }
    AwardResult awards = run.awards().get();
    out.println(text.get("cli.summary.awards"));
    for (AwardRule rule : run.rules().orElseThrow().rules()) {
      String id = rule.award().id();
      out.printf("  %-28s %4d  %s%n", id, awards.recipients(id).size(), rule.award().name());
    }
    if (!run.registrationsGiven()) {
      out.println(text.get("cli.summary.noRegistrations"));
    }
    out.println(HtmlReport.commended(awards.summary(), text.locale()));
  }

  /** {@code EXCELLENT 30, GOOD 51, ...} in the scale's order, zeros included. */
  static String grades(CampaignRun run, ParticipantKind kind) {
    Map<String, Long> counts = run.result().count(kind, r -> r.grade().grade().code());
    List<Grade> grades = run.campaign().grading(kind).grades();
    return grades.stream().map(g -> g.code() + " " + counts.getOrDefault(g.code(), 0L))
        .collect(Collectors.joining(", "));
  }
}
