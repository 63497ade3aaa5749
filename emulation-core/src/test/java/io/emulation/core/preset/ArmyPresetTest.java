package io.emulation.core.preset;

import static io.emulation.core.award.AwardFixture.concat;
import static io.emulation.core.award.AwardFixture.people;
import static io.emulation.core.award.AwardFixture.same;
import static io.emulation.core.preset.Presets.CSTDCS;
import static io.emulation.core.preset.Presets.CSTT;
import static io.emulation.core.preset.Presets.DVQT;
import static io.emulation.core.preset.Presets.DVTT;
import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.award.AwardDecision;
import io.emulation.core.award.AwardFixture;
import io.emulation.core.award.AwardResult;
import io.emulation.core.award.AwardRuleSet;
import io.emulation.core.org.DisciplinaryLevel;
import io.emulation.core.text.Message;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link Presets#army()} rule by rule, each test quoting the rule of the project's domain notes
 * it checks. Ratings are totals: {@code >= 90} EXCELLENT, {@code >= 75} GOOD, {@code >= 50}
 * COMPLETED; a unit's total is its members' mean. The period is 2021.
 */
class ArmyPresetTest {
  private static final AwardRuleSet ARMY = Presets.army();

  private static AwardDecision decision(AwardResult awards, String participantId, String award) {
    return awards.decision(participantId, award).orElseThrow();
  }

  @Test
  @DisplayName("CSTT: \"Older army rules capped CSTT at 40% ... of headcount\"")
  void advancedSoldiersAreCappedAtFortyPercentOfHeadcount() {
    // 10 soldiers, six rated GOOD or better: 40% of the headcount 10 = 4 places
    // (40% of the 6 eligible would be 2)
    AwardResult awards = AwardFixture.year2021()
        .unit("u1", concat(people("s", 95, 90, 85, 80, 78, 76), same("s", 7, 4, 60)))
        .decide(ARMY);

    assertThat(awards.recipients(CSTT)).containsExactly("s01", "s02", "s03", "s04");
    assertThat(decision(awards, "s05", CSTT).reasons()).map(Message::toString).containsExactly(
        "ranked 5th of 6 eligible for 4 places (at most 40% of the headcount, rounded floor)");
  }

  @Test
  @DisplayName("CSTT: the army equivalent of LĐTT: \"not for anyone disciplined at reprimand "
      + "(khiển trách) level or above\"")
  void advancedSoldierHasTheAdvancedWorkersConditions() {
    // 10 soldiers rated 95 down to 86, s01 reprimanded: 4 places go to s02..s05
    AwardResult awards = AwardFixture.year2021()
        .unit("u1", people("s", 95, 94, 93, 92, 91, 90, 89, 88, 87, 86))
        .change("s01", p -> p.disciplined(DisciplinaryLevel.REPRIMAND)).decide(ARMY);

    assertThat(decision(awards, "s01", CSTT).reasons()).map(Message::toString)
        .containsExactly("discipline REPRIMAND, must be below REPRIMAND");
    assertThat(awards.recipients(CSTT)).containsExactly("s02", "s03", "s04", "s05");
  }

  @Test
  @DisplayName("CSTĐCS (army): \"must hold LĐTT/CSTT\"; \"army rule: 10% of headcount\"")
  void armyFightersAreCappedAtTenPercentOfHeadcount() {
    // 20 soldiers rated 99 down to 80: CSTT 40% of 20 = 8 places (s01..s08); s01..s03 have
    // initiatives: 10% of the headcount 20 = 2 places (the civil 15% of 8 CSTT would be 1)
    AwardResult awards = AwardFixture.year2021()
        .unit("u1", people("s", 99, 98, 97, 96, 95, 94, 93, 92, 91, 90, 89, 88, 87, 86, 85, 84,
            83, 82, 81, 80))
        .initiatives("s01", "s02", "s03", "s09").decide(ARMY);

    assertThat(awards.recipients(CSTT)).hasSize(8);
    assertThat(awards.recipients(CSTDCS)).containsExactly("s01", "s02");
    assertThat(decision(awards, "s03", CSTDCS).reasons()).map(Message::toString).containsExactly(
        "ranked 3rd of 3 eligible for 2 places (at most 10% of the headcount, rounded floor)");
    assertThat(decision(awards, "s09", CSTDCS).reasons()).map(Message::toString)
        .containsExactly("does not hold chien-si-tien-tien in 2021");
  }

  @Test
  @DisplayName("Đơn vị tiên tiến: \"more than 50% of members hold LĐTT/CSTT\"")
  void advancedUnitNeedsMoreThanHalfAdvancedSoldiers() {
    // u1: four rated 94..91, u2: six rated 60. 40% of the headcount 10 = 4 CSTT, all in u1:
    // u1 4 of 4 = 100%, mean 92.5; u2 0 of 6, mean 60 COMPLETED
    AwardResult awards = AwardFixture.year2021()
        .unit("u1", people("a", 94, 93, 92, 91)).unit("u2", same("b", 1, 6, 60))
        .decide(ARMY);

    assertThat(awards.recipients(DVTT)).containsExactly("u1");
    assertThat(decision(awards, "u2", DVTT).reasons()).map(Message::toString).containsExactly(
        "0 of 6 members (0.00%) hold chien-si-tien-tien, needs more than 50%");
  }

  @Test
  @DisplayName("Đơn vị tiên tiến: with the 40% CSTT cap over the headcount, a campaign of one "
      + "unit can never have \"more than 50% of members\" holding CSTT")
  void aSingleUnitIsNeverAdvancedUnderTheFortyPercentCap() {
    // ten soldiers rated 100 down to 91, all GOOD or better: 40% of 10 = 4 CSTT places, so
    // at best 4 of 10 = 40% of the unit hold CSTT, never more than 50%
    AwardResult awards = AwardFixture.year2021()
        .unit("u1", people("s", 100, 99, 98, 97, 96, 95, 94, 93, 92, 91)).decide(ARMY);

    assertThat(awards.recipients(CSTT)).hasSize(4);
    assertThat(decision(awards, "u1", DVTT).reasons()).map(Message::toString).containsExactly(
        "4 of 10 members (40.00%) hold chien-si-tien-tien, needs more than 50%");
  }

  @Test
  @DisplayName("Đơn vị quyết thắng: \"holds TTLĐTT [Đơn vị tiên tiến]; exceeded targets; 100% "
      + "of members completed ... at least 70% hold LĐTT [CSTT]; at least one member holds "
      + "CSTĐCS\"")
  void determinedToWinUnit() {
    // as above, a01 has an initiative: CSTĐCS 10% of 10 = 1 place -> a01. u1 holds Đơn vị tiên
    // tiến, mean 92.5 EXCELLENT, 4 of 4 completed and hold CSTT, 1 fighter; u2 holds nothing
    AwardResult awards = AwardFixture.year2021()
        .unit("u1", people("a", 94, 93, 92, 91)).unit("u2", same("b", 1, 6, 60))
        .initiatives("a01").decide(ARMY);

    assertThat(awards.recipients(CSTDCS)).containsExactly("a01");
    assertThat(awards.recipients(DVQT)).containsExactly("u1");
    assertThat(decision(awards, "u2", DVQT).reasons()).map(Message::toString).containsExactly(
        "does not hold don-vi-tien-tien in 2021",
        "grade COMPLETED, needs EXCELLENT or better",
        "0 of 6 members (0.00%) hold chien-si-tien-tien, needs at least 70%",
        "0 members hold chien-si-thi-dua-co-so, needs 1");
  }

  @Test
  @DisplayName("Đơn vị quyết thắng: \"at least one member holds CSTĐCS\"")
  void determinedToWinNeedsAFighter() {
    AwardResult awards = AwardFixture.year2021()
        .unit("u1", people("a", 94, 93, 92, 91)).unit("u2", same("b", 1, 6, 60))
        .decide(ARMY);

    assertThat(awards.recipients(DVTT)).containsExactly("u1");
    assertThat(decision(awards, "u1", DVQT).reasons()).map(Message::toString)
        .containsExactly("0 members hold chien-si-thi-dua-co-so, needs 1");
  }
}
