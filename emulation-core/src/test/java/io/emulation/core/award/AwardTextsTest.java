package io.emulation.core.award;

import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.Scorecards;
import io.emulation.core.evaluation.ParticipantResult;
import io.emulation.core.org.Collective;
import io.emulation.core.org.Individual;
import io.emulation.core.org.Participant;
import io.emulation.core.ranking.RankKey;
import io.emulation.core.ranking.Standing;
import io.emulation.core.text.Languages;
import io.emulation.core.text.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pieces quota reasons are made of: places, lists, and rank keys' values at a tie. */
class AwardTextsTest {

  private static Standing standing(Participant participant, String total) {
    ParticipantResult result = FakeContext.result(participant,
        Scorecards.card(participant.id()).line("output", total).line("safety", "7.5").build());
    return new Standing(participant, result.scorecard(), result.grade(),
        FakeContext.SCALE.position(result.grade().grade()));
  }

  private static Standing person(String total) {
    return standing(Individual.of("p1", "Person p1", "w1"), total);
  }

  @Test
  void placesAreOrdinalInEnglishAndThuInVietnamese() {
    assertThat(AwardTexts.ordinal(7).in(Languages.VIETNAMESE)).isEqualTo("thứ 7");
    assertThat(AwardTexts.ordinal(7).in(Languages.ENGLISH)).isEqualTo("7th");
    assertThat(AwardTexts.ordinal(22).in(Languages.VIETNAMESE)).isEqualTo("thứ 22");
  }

  @Test
  void aListIsJoinedWithCommasInEveryLanguage() {
    Message list = AwardTexts.commaList(List.of(Message.literal("a"), Message.literal("b"),
        Message.literal("c")));

    assertThat(list.in(Languages.VIETNAMESE)).isEqualTo("a, b, c");
    assertThat(list).hasToString("a, b, c");
  }

  @Test
  void theTotalAtATieHasADecimalCommaInVietnamese() {
    Message total = RankKey.byTotal().value(person("80.5"));

    assertThat(total.in(Languages.VIETNAMESE)).isEqualTo("tổng điểm 88,0");
    assertThat(total).hasToString("total 88.0");
  }

  @Test
  void theGradeAtATieKeepsTheGradeCode() {
    Message grade = RankKey.byGrade().value(person("80"));

    assertThat(grade.in(Languages.VIETNAMESE)).isEqualTo("xếp loại GOOD");
    assertThat(grade).hasToString("grade GOOD");
  }

  @Test
  void aCriterionsPointsAtATieNameTheCriterion() {
    Message points = RankKey.byCriterionPoints("safety").value(person("80"));
    Message none = RankKey.byCriterionPoints("speed").value(person("80"));

    assertThat(points.in(Languages.VIETNAMESE)).isEqualTo("safety 7,5");
    assertThat(points).hasToString("safety 7.5");
    assertThat(none).hasToString("speed 0");
  }

  @Test
  void directProductionAtATieSaysWhetherThePersonIsADirectWorker() {
    Standing direct = standing(Individual.of("p1", "Person p1", "w1")
        .withDirectProduction(true), "80");
    Standing office = person("80");
    Standing unit = standing(new Collective("w1", "Unit w1", "f"), "80");

    assertThat(RankKey.directProductionFirst().value(direct).in(
        Languages.VIETNAMESE)).isEqualTo("trực tiếp sản xuất");
    assertThat(RankKey.directProductionFirst().value(office).in(
        Languages.VIETNAMESE)).isEqualTo("không trực tiếp sản xuất");
    assertThat(RankKey.directProductionFirst().value(unit))
        .hasToString("not direct production");
  }

  @Test
  void theParticipantIdAtATieIsCalledMaInVietnamese() {
    Message id = RankKey.byParticipantId().value(person("80"));

    assertThat(id.in(Languages.VIETNAMESE)).isEqualTo("mã p1");
    assertThat(id).hasToString("id p1");
  }
}
