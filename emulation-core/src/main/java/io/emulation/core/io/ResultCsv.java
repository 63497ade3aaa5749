package io.emulation.core.io;

import io.emulation.core.award.AwardResult;
import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.evaluation.ParticipantResult;
import io.emulation.core.scoring.ScoreLine;
import io.emulation.core.scoring.Scorecard;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes results as a CSV table, one row per participant, individuals then collectives, each
 * best first: {@code id, name, kind, unit, points:<criterion>..., bonus, penalty, total, grade,
 * rank, unitRank, awards}. Numbers in plain notation, values quoted as RFC 4180 says when they
 * hold a comma, quote, line break or surrounding spaces, lines ended by {@code \n}.
 */
final class ResultCsv {
  private final Writer out;

  private ResultCsv(Writer out) {
    this.out = out;
  }

  /**
   * Writes the table.
   *
   * @param criteria the criterion ids of the points columns, in order
   * @param awards the awards decided, or {@code null} for an empty awards column
   */
  static void write(EvaluationResult result, AwardResult awards, List<String> criteria,
      Writer out) throws IOException {
    ResultCsv csv = new ResultCsv(out);
    List<String> header = new ArrayList<>(List.of("id", "name", "kind", "unit"));
    criteria.forEach(id -> header.add("points:" + id));
    header.addAll(List.of("bonus", "penalty", "total", "grade", "rank", "unitRank", "awards"));
    csv.row(header);
    for (ParticipantResult participant : result.all()) {
      Scorecard card = participant.scorecard();
      List<String> row = new ArrayList<>(List.of(participant.participantId(),
          participant.participant().name(), CellFormats.kebab(participant.participant().kind()),
          participant.participant().rankingUnitId()));
      for (String criterion : criteria) {
        row.add(card.points(criterion).map(BigDecimal::toPlainString)
            .orElse(""));
      }
      row.addAll(List.of(card.bonus().toPlainString(), card.penalty().toPlainString(),
          card.total().toPlainString(), participant.grade().grade().code(),
          Integer.toString(participant.overall().rank()),
          Integer.toString(participant.inUnit().rank()),
          awards == null ? "" : String.join(";", awards.awardsOf(participant.participantId()))));
      csv.row(row);
    }
  }

  /**
   * The criterion ids of a result in the order its scorecards list them. Each scorecard lists
   * its lines in campaign order, so merging them keeps that order: an id first seen later goes
   * right after the one before it in its own scorecard, or before the one after it; ids of a
   * scorecard sharing none with those before (criteria of collectives only) go last.
   */
  static List<String> criteriaOf(EvaluationResult result) {
    List<String> order = new ArrayList<>();
    for (ParticipantResult participant : result.all()) {
      List<String> leading = new ArrayList<>();
      int next = -1;
      for (ScoreLine line : participant.scorecard().lines()) {
        String id = line.criterionId();
        int at = order.indexOf(id);
        if (at >= 0 && next < 0) {
          order.addAll(at, leading);
          next = at + leading.size() + 1;
          leading.clear();
        } else if (at >= 0) {
          next = Math.max(next, at + 1);
        } else if (next < 0) {
          leading.add(id);
        } else {
          order.add(next++, id);
        }
      }
      order.addAll(leading);
    }
    return order;
  }

  private void row(List<String> values) throws IOException {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quoted(values.get(i)));
    }
    out.write('\n');
  }

  private static String quoted(String value) {
    boolean plain = value.isEmpty() || (value.strip().equals(value)
        && value.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r'));
    return plain ? value : '"' + value.replace("\"", "\"\"") + '"';
  }
}
