package io.emulation.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.emulation.core.award.AwardDecision;
import io.emulation.core.award.AwardResult;
import io.emulation.core.award.AwardSummary;
import io.emulation.core.criteria.Adjustment;
import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.evaluation.ParticipantResult;
import io.emulation.core.grading.GradeDecision;
import io.emulation.core.org.Participant;
import io.emulation.core.ranking.Placement;
import io.emulation.core.scoring.ScoreLine;
import io.emulation.core.scoring.Scorecard;
import io.emulation.scoring.spi.Explanation;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes results as JSON: two-space indents, {@code \n} line ends, every number a JSON number in
 * plain notation written from its {@code BigDecimal} as is. Fields always appear, in a fixed
 * order, with {@code null} for what is absent, so equal results give byte-identical text.
 * Explanations (line details, adjustment reasons, grade reasons, placement explanations, award
 * decision reasons) are rendered in the writer's language.
 */
final class ResultJson {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();
  private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");

  private final JsonGenerator json;
  private final AwardResult awards;
  private final Locale locale;

  private ResultJson(JsonGenerator json, AwardResult awards, Locale locale) {
    this.json = json;
    this.awards = awards;
    this.locale = locale;
  }

  /**
   * Writes the result, and the award decisions when {@code awards} is not {@code null}, with
   * explanations in the language of {@code locale}.
   */
  static void write(EvaluationResult result, AwardResult awards, Writer out, Locale locale)
      throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.setPrettyPrinter(new DefaultPrettyPrinter()
          .withSeparators(Separators.createDefaultInstance()
              .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(INDENT).withArrayIndenter(INDENT));
      new ResultJson(json, awards, locale).result(result);
      json.writeRaw('\n');
    }
  }

  private void result(EvaluationResult result) throws IOException {
    json.writeStartObject();
    json.writeStringField("campaign", result.campaignId());
    json.writeStringField("period", result.period().toString());
    json.writeArrayFieldStart("participants");
    for (ParticipantResult participant : result.all()) {
      participant(participant);
    }
    json.writeEndArray();
    json.writeFieldName("awardSummary");
    if (awards == null) {
      json.writeNull();
    } else {
      summary(awards.summary());
    }
    json.writeEndObject();
  }

  private void participant(ParticipantResult result) throws IOException {
    Participant participant = result.participant();
    Scorecard card = result.scorecard();
    json.writeStartObject();
    json.writeStringField("id", participant.id());
    json.writeStringField("name", participant.name());
    json.writeStringField("kind", CellFormats.kebab(participant.kind()));
    json.writeStringField("unit", participant.rankingUnitId());
    json.writeArrayFieldStart("lines");
    for (ScoreLine line : card.lines()) {
      line(line);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("adjustments");
    for (Adjustment adjustment : card.adjustments()) {
      adjustment(adjustment);
    }
    json.writeEndArray();
    number("criteriaTotal", card.criteriaTotal());
    number("bonus", card.bonus());
    number("penalty", card.penalty());
    number("total", card.total());
    strings("vetoFailures", card.vetoFailures());
    grade(result.grade());
    placement("placement", result.overall());
    placement("unitPlacement", result.inUnit());
    strings("awards", awards == null ? List.of() : awards.awardsOf(participant.id()));
    json.writeArrayFieldStart("decisions");
    if (awards != null) {
      for (AwardDecision decision : awards.decisions()) {
        if (decision.participantId().equals(participant.id())) {
          decision(decision);
        }
      }
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void line(ScoreLine line) throws IOException {
    json.writeStartObject();
    json.writeStringField("criterion", line.criterionId());
    json.writeStringField("name", line.criterionName());
    json.writeStringField("status", CellFormats.kebab(line.status()));
    json.writeStringField("formula", line.formulaId());
    number("value", line.value());
    number("target", line.target());
    number("baseline", line.baseline());
    number("points", line.points());
    json.writeStringField("verdict", CellFormats.kebab(line.verdict()));
    number("weight", line.weight());
    number("contribution", line.contribution());
    json.writeStringField("detail", text(line.detail()));
    json.writeEndObject();
  }

  private void adjustment(Adjustment adjustment) throws IOException {
    json.writeStartObject();
    json.writeStringField("kind", CellFormats.kebab(adjustment.kind()));
    json.writeStringField("period", adjustment.period().toString());
    number("points", adjustment.points());
    json.writeStringField("reason", text(adjustment.reason()));
    json.writeEndObject();
  }

  private void grade(GradeDecision grade) throws IOException {
    json.writeObjectFieldStart("grade");
    json.writeStringField("code", grade.grade().code());
    json.writeStringField("name", grade.grade().name());
    texts("reasons", grade.reasons());
    json.writeEndObject();
  }

  private void placement(String field, Placement placement) throws IOException {
    json.writeObjectFieldStart(field);
    json.writeNumberField("rank", placement.rank());
    json.writeNumberField("position", placement.position());
    json.writeNumberField("of", placement.of());
    json.writeNumberField("tiedWith", placement.tiedWith());
    json.writeStringField("explanation", text(placement.explanation()));
    json.writeEndObject();
  }

  private void decision(AwardDecision decision) throws IOException {
    json.writeStartObject();
    json.writeStringField("award", decision.awardId());
    json.writeBooleanField("granted", decision.granted());
    texts("reasons", decision.reasons());
    json.writeStringField("excludedBy", decision.excludedBy().orElse(null));
    json.writeEndObject();
  }

  private void summary(AwardSummary summary) throws IOException {
    json.writeStartObject();
    counts("perAward", summary.perAward());
    counts("perUnit", summary.perUnit());
    json.writeNumberField("individualsCommended", summary.individualsCommended());
    json.writeNumberField("collectivesCommended", summary.collectivesCommended());
    json.writeNumberField("totalGrants", summary.totalGrants());
    json.writeEndObject();
  }

  private void counts(String field, Map<String, Integer> counts) throws IOException {
    json.writeObjectFieldStart(field);
    for (Map.Entry<String, Integer> count : counts.entrySet()) {
      json.writeNumberField(count.getKey(), count.getValue());
    }
    json.writeEndObject();
  }

  private void strings(String field, List<String> values) throws IOException {
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  /** Text for people, one element each, in the writer's language. */
  private void texts(String field, List<?> explanations) throws IOException {
    json.writeArrayFieldStart(field);
    for (Object explanation : explanations) {
      json.writeString(text(explanation));
    }
    json.writeEndArray();
  }

  /**
   * Text for people in the writer's language: a {@code Message} or other {@link Explanation}
   * rendered in it; anything else (text as a person or a plugin wrote it) as it is.
   */
  private String text(Object explanation) {
    return explanation instanceof Explanation e ? e.in(locale) : String.valueOf(explanation);
  }

  private void number(String field, BigDecimal value) throws IOException {
    json.writeFieldName(field);
    json.writeNumber(value);
  }

  private void number(String field, Optional<BigDecimal> value) throws IOException {
    if (value.isPresent()) {
      number(field, value.get());
    } else {
      json.writeNullField(field);
    }
  }
}
