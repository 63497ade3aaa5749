package io.emulation.examples.cli;

import io.emulation.core.award.AwardResult;
import io.emulation.core.award.AwardRule;
import io.emulation.core.grading.Grade;
import io.emulation.core.org.ParticipantKind;
import io.emulation.examples.CampaignRun;
import io.emulation.examples.report.YearOverYear;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The short summary {@code evaluate} prints: participants, grades, awards per kind, outcome. */
final class Summary {
  private Summary() {}

  static void print(CampaignRun run, PrintWriter out) {
    out.printf("%s: %s, %s%n", run.campaign().id(), run.campaign().name(),
        run.result().period());
    out.printf("Participants: %d individuals, %d collectives%n",
        run.result().individuals().size(), run.result().collectives().size());
    for (ParticipantKind kind : ParticipantKind.values()) {
      out.printf("Grades of %s: %s%n", kind == ParticipantKind.INDIVIDUAL ? "individuals"
          : "collectives", grades(run, kind));
    }
    for (YearOverYear growth : YearOverYear.of(run.campaign(), run.result())) {
      out.printf("%s: %s on %s (%s vs %s)%n", growth.criterionName(), growth.growthText(),
          run.result().period().minusYears(1), growth.value().toPlainString(),
          growth.baseline().toPlainString());
    }
    if (run.awards().isEmpty()) {
      out.println("Awards: none decided (the definition has no award rules)");
      return;
    }
    AwardResult awards = run.awards().get();
    out.println("Awards:");
    for (AwardRule rule : run.rules().orElseThrow().rules()) {
      String id = rule.award().id();
      out.printf("  %-28s %4d  %s%n", id, awards.recipients(id).size(), rule.award().name());
    }
    if (!run.registrationsGiven()) {
      out.println("Note: no --registrations file was given, so nobody counts as registered.");
    }
    out.println(awards.summary().describe());
  }

  /** {@code EXCELLENT 30, GOOD 51, ...} in the scale's order, zeros included. */
  static String grades(CampaignRun run, ParticipantKind kind) {
    Map<String, Long> counts = run.result().count(kind, r -> r.grade().grade().code());
    List<Grade> grades = run.campaign().grading(kind).grades();
    return grades.stream().map(g -> g.code() + " " + counts.getOrDefault(g.code(), 0L))
        .collect(Collectors.joining(", "));
  }
}
