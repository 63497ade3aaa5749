package io.emulation.core.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.emulation.core.award.AwardResult;
import io.emulation.core.evaluation.CampaignEvaluator;
import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.evaluation.ParticipantResult;
import io.emulation.core.period.Period;
import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.core.scoring.ScoreLine;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON result of {@link SmallPlant}, parsed back and checked number by number. */
class ResultWriterJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

  private final EvaluationResult evaluation = SmallPlant.evaluation();
  private final AwardResult awards = SmallPlant.awards(evaluation);
  private final String text = write(evaluation, awards);
  private final JsonNode json = parse(text);

  @TempDir
  Path dir;

  private static String write(EvaluationResult evaluation, AwardResult awards) {
    StringWriter out = new StringWriter();
    ResultWriter.standard().writeJson(evaluation, awards, out);
    return out.toString();
  }

  private static JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private JsonNode participant(String id) {
    return StreamSupport.stream(json.get("participants").spliterator(), false)
        .filter(p -> p.get("id").asText().equals(id)).findFirst().orElseThrow();
  }

  private JsonNode line(String participant, String criterion) {
    return StreamSupport.stream(participant(participant).get("lines").spliterator(), false)
        .filter(l -> l.get("criterion").asText().equals(criterion)).findFirst().orElseThrow();
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }

  @Test
  void namesCampaignAndPeriodAndListsParticipantsBestFirst() {
    assertThat(json.get("campaign").asText()).isEqualTo("qt-2021");
    assertThat(json.get("period").asText()).isEqualTo("2021-H1");
    assertThat(json.get("participants")).extracting(p -> p.get("id").asText())
        .containsExactly("b1", "a1", "a2", "w2", "w1");
  }

  @Test
  void participantCarriesNameKindAndUnitInVietnamese() {
    JsonNode a1 = participant("a1");

    assertThat(a1.get("name").asText()).isEqualTo("Nguyễn Thị Ánh");
    assertThat(a1.get("kind").asText()).isEqualTo("individual");
    assertThat(a1.get("unit").asText()).isEqualTo("w1");
    assertThat(participant("w2").get("name").asText()).isEqualTo("Phân xưởng Điện, Nước");
    assertThat(participant("w2").get("kind").asText()).isEqualTo("collective");
  }

  @Test
  void scoreLineCarriesEveryNumberExactly() {
    JsonNode output = line("a1", "output");

    assertThat(output.get("status").asText()).isEqualTo("scored");
    assertThat(output.get("formula").asText()).isEqualTo("emulation:linear");
    assertThat(output.get("value").decimalValue()).isEqualTo(new BigDecimal("112"));
    assertThat(output.get("target").decimalValue()).isEqualTo(new BigDecimal("100"));
    assertThat(output.get("baseline").isNull()).isTrue();
    assertThat(output.get("points").decimalValue()).isEqualTo(new BigDecimal("55.00"));
    assertThat(output.get("weight").decimalValue()).isEqualTo(BigDecimal.ONE);
    assertThat(output.get("contribution").decimalValue()).isEqualTo(new BigDecimal("55.00"));
    assertThat(output.get("detail").asText()).isNotBlank();
  }

  @Test
  void missingValueLineHasNullValueAndItsStatus() {
    JsonNode initiatives = line("a1", "initiatives");

    assertThat(initiatives.get("status").asText()).isEqualTo("missing-as-zero");
    assertThat(initiatives.get("value").isNull()).isTrue();
    assertThat(initiatives.get("points").decimalValue()).isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void totalsBonusAndPenaltyAreExact() {
    JsonNode a2 = participant("a2");

    assertThat(a2.get("criteriaTotal").decimalValue()).isEqualTo(new BigDecimal("55.00"));
    assertThat(a2.get("bonus").decimalValue()).isEqualTo(new BigDecimal("0.00"));
    assertThat(a2.get("penalty").decimalValue()).isEqualTo(new BigDecimal("1.50"));
    assertThat(a2.get("total").decimalValue()).isEqualTo(new BigDecimal("53.50"));
    assertThat(participant("w1").get("total").decimalValue()).isEqualTo(new BigDecimal("150.25"));
    assertThat(line("w1", ScoreLine.MEMBERS).get("points").decimalValue())
        .isEqualTo(new BigDecimal("60.25"));
  }

  @Test
  void everyNumberEqualsTheEvaluationsBigDecimalDigitForDigit() {
    for (ParticipantResult result : evaluation.all()) {
      JsonNode node = participant(result.participantId());
      assertThat(node.get("total").decimalValue().toPlainString())
          .isEqualTo(result.scorecard().total().toPlainString());
      for (ScoreLine line : result.scorecard().lines()) {
        JsonNode written = line(result.participantId(), line.criterionId());
        assertThat(written.get("points").decimalValue().toPlainString())
            .as("%s %s", result.participantId(), line.criterionId())
            .isEqualTo(line.points().toPlainString());
        assertThat(Optional.of(written.get("value")).filter(v -> !v.isNull())
            .map(v -> v.decimalValue().toPlainString()))
            .isEqualTo(line.value().map(BigDecimal::toPlainString));
      }
    }
  }

  @Test
  void numbersAreInPlainNotation() {
    assertThat(text).contains("\"value\": 1000,").doesNotContain("E+").doesNotContain("e+");
  }

  @Test
  void adjustmentsCarryKindPeriodPointsAndReason() {
    JsonNode adjustment = participant("a1").get("adjustments").get(0);

    assertThat(adjustment.get("kind").asText()).isEqualTo("bonus");
    assertThat(adjustment.get("period").asText()).isEqualTo("2021-Q2");
    assertThat(adjustment.get("points").decimalValue()).isEqualTo(new BigDecimal("2"));
    assertThat(adjustment.get("reason").asText()).isEqualTo("giúp tổ mới");
  }

  @Test
  void vetoFailureAndGradeWithReasonsAreWritten() {
    JsonNode b1 = participant("b1");

    assertThat(texts(b1.get("vetoFailures"))).containsExactly("safety");
    assertThat(line("b1", "safety").get("verdict").asText()).isEqualTo("failed");
    assertThat(b1.get("grade").get("code").asText()).isEqualTo("COMPLETED");
    assertThat(b1.get("grade").get("name").asText()).isEqualTo("Hoàn thành nhiệm vụ");
    assertThat(texts(b1.get("grade").get("reasons")))
        .isEqualTo(evaluation.result("b1").orElseThrow().grade().reasons().stream()
            .map(Object::toString).toList());
  }

  @Test
  void overallAndInUnitPlacementsAreWritten() {
    JsonNode a2 = participant("a2");

    assertThat(a2.get("placement").get("rank").asInt()).isEqualTo(3);
    assertThat(a2.get("placement").get("of").asInt()).isEqualTo(3);
    assertThat(a2.get("unitPlacement").get("rank").asInt()).isEqualTo(2);
    assertThat(a2.get("unitPlacement").get("of").asInt()).isEqualTo(2);
    assertThat(a2.get("unitPlacement").get("explanation").asText()).isEqualTo("total 53.50");
  }

  @Test
  void awardsGrantedAndEveryDecisionWithReasonsAreWritten() {
    JsonNode a2 = participant("a2");

    assertThat(texts(a2.get("awards"))).containsExactly("lao-dong-tien-tien");
    assertThat(a2.get("decisions")).extracting(d -> d.get("award").asText() + " "
        + d.get("granted").asBoolean()).containsExactly("lao-dong-tien-tien true",
        "giay-khen false");
    JsonNode denied = a2.get("decisions").get(1);
    assertThat(texts(denied.get("reasons")))
        .isEqualTo(awards.decision("a2", "giay-khen").orElseThrow().reasons().stream()
            .map(Object::toString).toList());
    assertThat(denied.get("excludedBy").isNull()).isTrue();
  }

  @Test
  void awardSummaryCountsGrants() {
    JsonNode summary = json.get("awardSummary");

    assertThat(summary.get("perAward").get("lao-dong-tien-tien").asInt()).isEqualTo(3);
    assertThat(summary.get("perAward").get("giay-khen").asInt()).isEqualTo(2);
    assertThat(summary.get("perAward").get("tap-the-tien-tien").asInt()).isEqualTo(2);
    assertThat(summary.get("perUnit").get("w1").asInt()).isEqualTo(4);
    assertThat(summary.get("individualsCommended").asInt()).isEqualTo(3);
    assertThat(summary.get("collectivesCommended").asInt()).isEqualTo(2);
    assertThat(summary.get("totalGrants").asInt()).isEqualTo(7);
  }

  @Test
  void withoutAwardsTheSummaryIsNullAndNoDecisionsAreListed() {
    StringWriter out = new StringWriter();
    ResultWriter.standard().writeJson(evaluation, out);
    JsonNode plain = parse(out.toString());

    assertThat(plain.get("awardSummary").isNull()).isTrue();
    assertThat(plain.get("participants")).allSatisfy(p -> {
      assertThat(p.get("awards")).isEmpty();
      assertThat(p.get("decisions")).isEmpty();
    });
  }

  @Test
  void writingTheSameResultsTwiceGivesIdenticalText() {
    EvaluationResult again = SmallPlant.evaluation();

    assertThat(write(again, SmallPlant.awards(again))).isEqualTo(text);
  }

  @Test
  void fileIsUtf8WithNewlineLineEnds() throws IOException {
    Path file = dir.resolve("result.json");

    ResultWriter.standard().writeJson(evaluation, awards, file);

    byte[] bytes = Files.readAllBytes(file);
    assertThat(new String(bytes, UTF_8)).isEqualTo(text).contains("Nguyễn Thị Ánh")
        .doesNotContain("\r").endsWith("}\n");
  }

  @Test
  void awardsOfAnotherPeriodAreRefused() {
    EvaluationResult otherPeriod = CampaignEvaluator.of(FormulaRegistry.load())
        .evaluate(SmallPlant.campaign(), SmallPlant.data(), Period.year(2021));

    assertThatThrownBy(() -> ResultWriter.standard().writeJson(otherPeriod, awards,
        new StringWriter()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("awards of campaign 'qt-2021' for 2021-H1 do not belong to the evaluation of"
            + " campaign 'qt-2021' for 2021");
  }
}
