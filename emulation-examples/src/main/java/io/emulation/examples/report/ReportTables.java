package io.emulation.examples.report;

import static io.emulation.examples.report.Html.attr;

import io.emulation.core.award.AwardResult;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.evaluation.ParticipantResult;
import io.emulation.core.org.Individual;
import io.emulation.core.org.OrgUnit;
import io.emulation.core.org.Organisation;
import io.emulation.core.org.Participant;
import io.emulation.core.text.TextCatalog;
import io.emulation.examples.text.LibraryText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The report's ranking tables per unit and its per-participant drill-down. */
final class ReportTables {
  private final Organisation org;
  private final EvaluationResult result;
  private final Optional<AwardResult> awards;
  private final Map<String, List<ParticipantResult>> individualsByUnit;
  private final Map<String, List<ParticipantResult>> collectivesByUnit;
  private final TextCatalog.Localized text;

  ReportTables(Campaign campaign, EvaluationResult result, Optional<AwardResult> awards,
      TextCatalog.Localized text) {
    this.text = text;
    this.org = campaign.organisation();
    this.result = result;
    this.awards = awards;
    this.individualsByUnit = byRankingUnit(result.individuals());
    this.collectivesByUnit = byRankingUnit(result.collectives());
  }

  /** The name of the unit a participant belongs to (a collective: its own unit's parent). */
  static String unitName(Campaign campaign, String participantId) {
    Organisation org = campaign.organisation();
    Optional<Participant> participant = org.participant(participantId);
    String unit = participant.map(Participant::rankingUnitId).orElse("");
    return org.unit(unit).map(OrgUnit::name).orElse(unit);
  }

  void rankings(Html html) {
    String root = UnitAwards.root(org);
    html.raw("<section id=\"rankings\">").element("h2", "", text.get("report.rankings.heading"))
        .element("p", "class=\"note\"", text.get("report.rankings.note"));
    unitTables(html, root);
    for (String top : org.childrenOf(root)) {
      int people = org.membersOf(top).isEmpty() ? countPeople(top) : org.membersOf(top).size();
      html.raw("<details class=\"unit\" " + attr("id", "u-" + top) + "><summary>")
          .text(text.get("report.rankings.unit", org.unit(top).map(OrgUnit::name).orElse(top),
              people))
          .raw("</summary>");
      subtree(top).forEach(unit -> unitTables(html, unit));
      html.raw("</details>");
    }
    html.raw("</section>\n");
  }

  private void unitTables(Html html, String unit) {
    String name = org.unit(unit).map(OrgUnit::name).orElse(unit);
    List<ParticipantResult> collectives = collectivesByUnit.getOrDefault(unit, List.of());
    if (!collectives.isEmpty()) {
      table(html, text.get("report.rankings.collectivesIn", name), unit, "collectives",
          collectives);
    }
    List<ParticipantResult> people = individualsByUnit.getOrDefault(unit, List.of());
    if (!people.isEmpty()) {
      table(html, name, unit, "individuals", people);
    }
  }

  private void table(Html html, String title, String unit, String kind,
      List<ParticipantResult> rows) {
    html.element("h4", "", title)
        .raw("<table class=\"ranking\" " + attr("data-unit", unit) + " " + attr("data-kind", kind)
            + "><thead><tr>")
        .element("th", "", text.get("report.rankings.rank"))
        .element("th", "", text.get("report.rankings.id"))
        .element("th", "", text.get("report.rankings.name"))
        .element("th", "", text.get("report.rankings.total"))
        .element("th", "", text.get("report.rankings.grade"))
        .element("th", "", text.get("report.rankings.awards")).raw("</tr></thead><tbody>");
    for (ParticipantResult r : rows) {
      html.raw("<tr " + attr("data-participant", r.participantId()) + ">")
          .element("td", "class=\"rank\"", r.inUnit().rank())
          .raw("<td class=\"id\"><a " + attr("href", "#p-" + r.participantId()) + ">")
          .text(r.participantId()).raw("</a></td>")
          .element("td", "class=\"name\"", r.participant().name())
          .element("td", "class=\"total\"", LibraryText.number(r.scorecard().total(),
              text.locale()))
          .element("td", "class=\"grade\"", r.grade().grade().code())
          .element("td", "class=\"awards\"", String.join(", ", awardsOf(r.participantId())))
          .raw("</tr>");
    }
    html.raw("</tbody></table>");
  }

  void participants(Html html) {
    html.raw("<section id=\"participants\">")
        .element("h2", "", text.get("report.participants.heading"))
        .element("p", "class=\"note\"", text.get("report.participants.note"));
    for (ParticipantResult r : result.all()) {
      String id = r.participantId();
      html.raw("<details class=\"participant\" " + attr("id", "p-" + id) + " "
              + attr("data-total", r.scorecard().total().toPlainString()) + "><summary>")
          .text(id + " · " + r.participant().name() + " · "
              + LibraryText.number(r.scorecard().total(), text.locale()) + " · "
              + r.grade().grade().code()
              + (awardsOf(id).isEmpty() ? "" : " · " + String.join(", ", awardsOf(id))))
          .raw("</summary>").element("pre", "class=\"explain\"",
              LibraryText.explain(r, text.locale()));
      awards.ifPresent(a -> html.element("pre", "class=\"decisions\"",
          LibraryText.explain(a, id, text.locale())));
      html.raw("</details>\n");
    }
    html.raw("</section>\n");
  }

  private List<String> awardsOf(String participantId) {
    return awards.map(a -> (List<String>) a.awardsOf(participantId)).orElse(List.of());
  }

  /** {@code top} and every unit below it, depth first in the organisation's order. */
  private List<String> subtree(String top) {
    List<String> units = new ArrayList<>();
    units.add(top);
    for (String child : org.childrenOf(top)) {
      units.addAll(subtree(child));
    }
    return units;
  }

  private int countPeople(String top) {
    List<String> units = subtree(top);
    return (int) org.individuals().stream().map(Individual::unitId).filter(units::contains)
        .count();
  }

  private static Map<String, List<ParticipantResult>> byRankingUnit(
      List<ParticipantResult> results) {
    Map<String, List<ParticipantResult>> groups = new LinkedHashMap<>();
    for (ParticipantResult r : results) {
      groups.computeIfAbsent(r.participant().rankingUnitId(), k -> new ArrayList<>()).add(r);
    }
    groups.values().forEach(list -> list.sort(Comparator.comparingInt(
        (ParticipantResult r) -> r.inUnit().position())));
    return groups;
  }
}
