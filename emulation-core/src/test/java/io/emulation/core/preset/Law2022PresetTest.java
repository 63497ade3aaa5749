package io.emulation.core.preset;

import static io.emulation.core.award.AwardFixture.concat;
import static io.emulation.core.award.AwardFixture.people;
import static io.emulation.core.award.AwardFixture.person;
import static io.emulation.core.award.AwardFixture.same;
import static io.emulation.core.preset.Presets.CSTDCS;
import static io.emulation.core.preset.Presets.CSTD_BO;
import static io.emulation.core.preset.Presets.GIAY_KHEN;
import static io.emulation.core.preset.Presets.LDTT;
import static io.emulation.core.preset.Presets.TTLDTT;
import static io.emulation.core.preset.Presets.TTLDXS;
import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.award.AwardDecision;
import io.emulation.core.award.AwardFixture;
import io.emulation.core.award.AwardKind;
import io.emulation.core.award.AwardLevel;
import io.emulation.core.award.AwardResult;
import io.emulation.core.award.AwardRuleSet;
import io.emulation.core.award.ExclusionGroup;
import io.emulation.core.award.PastAward;
import io.emulation.core.org.DisciplinaryLevel;
import io.emulation.core.period.Period;
import io.emulation.core.text.Message;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * {@link Presets#law2022()} rule by rule, each test quoting the rule of the project's domain
 * notes ({@code domain.md}) it checks. People are rated 0 to 100 and their rating is their total:
 * {@code >= 90} EXCELLENT, {@code >= 75} GOOD, {@code >= 50} COMPLETED; a collective's total is
 * its members' mean. The period is 2021 unless a test says otherwise.
 */
class Law2022PresetTest {
  private static final AwardRuleSet LAW = Presets.law2022();

  private static AwardDecision decision(AwardResult awards, String participantId, String award) {
    return awards.decision(participantId, award).orElseThrow();
  }

  @Nested
  @DisplayName("Lao động tiên tiến")
  class AdvancedWorker {

    @Test
    @DisplayName("LĐTT: \"Rated 'good' (Hoàn thành tốt) or better\": 75 is GOOD, 74 only "
        + "COMPLETED")
    void needsGoodGradeOrBetter() {
      AwardResult awards = AwardFixture.year2021()
          .unit("w1", person("p01", 75), person("p02", 74)).decide(LAW);

      assertThat(decision(awards, "p01", LDTT).granted()).isTrue();
      AwardDecision p02 = decision(awards, "p02", LDTT);
      assertThat(p02.granted()).isFalse();
      assertThat(p02.reasons()).map(Message::toString)
          .containsExactly("grade COMPLETED, needs GOOD or better");
    }

    @Test
    @DisplayName("LĐTT: \"registration required (common regulation practice)\"")
    void needsRegistration() {
      AwardResult awards = AwardFixture.year2021()
          .unit("w1", person("p01", 80), person("p02", 80)).unregistered("p02").decide(LAW);

      assertThat(awards.recipients(LDTT)).containsExactly("p01");
      assertThat(decision(awards, "p02", LDTT).reasons()).map(Message::toString)
          .containsExactly("did not register for lao-dong-tien-tien");
    }

    @Test
    @DisplayName("LĐTT: \"Not for staff recruited less than 6 months before the period end "
        + "(Circular 01/2024)\": for 2021, hired 1 July has served exactly six months "
        + "(July-December), hired 1 August only five")
    void needsSixMonthsOfServiceByThePeriodEnd() {
      AwardResult awards = AwardFixture.year2021()
          .unit("w1", person("p01", 80).hiredOn(LocalDate.of(2021, 6, 30)),
              person("p02", 80).hiredOn(LocalDate.of(2021, 7, 1)),
              person("p03", 80).hiredOn(LocalDate.of(2021, 7, 2)),
              person("p04", 80).hiredOn(LocalDate.of(2021, 8, 1)))
          .decide(LAW);

      // the period ends at the end of 2021-12-31, i.e. 2022-01-01; six months before is
      // 2021-07-01, the latest hire date that still gives six whole months of service
      assertThat(awards.recipients(LDTT)).containsExactly("p01", "p02");
      assertThat(decision(awards, "p03", LDTT).reasons()).map(Message::toString).containsExactly(
          "hired 2021-07-02, needs 2021-07-01 or earlier (6 months before the end of 2021)");
      assertThat(decision(awards, "p04", LDTT).reasons()).map(Message::toString).containsExactly(
          "hired 2021-08-01, needs 2021-07-01 or earlier (6 months before the end of 2021)");
    }

    @Test
    @DisplayName("LĐTT: \"Not for staff recruited less than 6 months before the period end\": "
        + "for the half-year ending 30 June, hired 1 January has served the whole six months")
    void sixMonthsBeforeAHalfYearEndIsTheFirstOfJanuary() {
      AwardResult awards = AwardFixture.in(Period.half(2021, 1))
          .unit("w1", person("p01", 80).hiredOn(LocalDate.of(2020, 12, 31)),
              person("p02", 80).hiredOn(LocalDate.of(2021, 1, 1)),
              person("p03", 80).hiredOn(LocalDate.of(2021, 1, 2)))
          .decide(LAW);

      // H1 ends at the end of 2021-06-30, i.e. 2021-07-01; six months before is 2021-01-01
      // (not 2020-12-30, which 2021-06-30 minus six months would give)
      assertThat(awards.recipients(LDTT)).containsExactly("p01", "p02");
      assertThat(decision(awards, "p03", LDTT).reasons()).map(Message::toString).containsExactly(
          "hired 2021-01-02, needs 2021-01-01 or earlier (6 months before the end of 2021-H1)");
    }

    @Test
    @DisplayName("LĐTT: \"not for anyone disciplined at reprimand (khiển trách) level or above "
        + "in the period\"")
    void reprimandOrAboveBars() {
      AwardResult awards = AwardFixture.year2021()
          .unit("w1", person("p01", 95).disciplined(DisciplinaryLevel.REPRIMAND),
              person("p02", 95).disciplined(DisciplinaryLevel.WARNING), person("p03", 95))
          .decide(LAW);

      assertThat(awards.recipients(LDTT)).containsExactly("p03");
      assertThat(decision(awards, "p01", LDTT).reasons()).map(Message::toString)
          .containsExactly("discipline REPRIMAND, must be below REPRIMAND");
      assertThat(decision(awards, "p02", LDTT).reasons()).map(Message::toString)
          .containsExactly("discipline WARNING, must be below REPRIMAND");
    }

    @Test
    @DisplayName("LĐTT: \"No award while the participant is under disciplinary review or "
        + "investigation (a 'pending' flag vetoes)\"")
    void underReviewBars() {
      AwardResult awards = AwardFixture.year2021()
          .unit("w1", person("p01", 95).inReview()).decide(LAW);

      assertThat(decision(awards, "p01", LDTT).reasons()).map(Message::toString)
          .containsExactly("under disciplinary review or investigation");
    }

    @Test
    @DisplayName("LĐTT: \"'Absolute safety' in the seed is a veto: one serious incident bars the "
        + "unit and its people from titles for the period\"")
    void failedVetoBars() {
      AwardResult awards = AwardFixture.year2021()
          .unit("w1", person("p01", 95).failingVeto()).decide(LAW);

      // 95 would be EXCELLENT, but the failed veto caps the grade at COMPLETED
      assertThat(decision(awards, "p01", LDTT).reasons()).map(Message::toString)
          .containsExactly("grade COMPLETED, needs GOOD or better", "veto failed: safety");
    }

    @Test
    @DisplayName("LĐTT: a grant gives every condition met, in the rule's order")
    void grantListsEveryConditionMet() {
      AwardResult awards = AwardFixture.year2021().unit("w1", person("p01", 80)).decide(LAW);

      assertThat(decision(awards, "p01", LDTT).explain()).isEqualTo("lao-dong-tien-tien: granted "
          + "(grade GOOD, needs GOOD or better; registered for lao-dong-tien-tien; "
          + "hired 2010-01-01, needs 2021-07-01 or earlier (6 months before the end of 2021); "
          + "discipline NONE, must be below REPRIMAND; not under review; no veto failed)");
    }
  }

  @Nested
  @DisplayName("Chiến sĩ thi đua cơ sở")
  class GrassrootsFighter {

    @Test
    @DisplayName("CSTĐCS: \"must hold LĐTT/CSTT in the same period\"")
    void needsTheAdvancedWorkerTitle() {
      // seven LĐTT holders: 15% of 7 = 1.05 -> 1 place, so a place is free
      AwardResult awards = AwardFixture.year2021()
          .unit("w1", concat(same("p", 1, 7, 80), people("q", 74)))
          .initiatives("p01", "q01").decide(LAW);

      assertThat(awards.recipients(CSTDCS)).containsExactly("p01");
      assertThat(decision(awards, "q01", CSTDCS).reasons()).map(Message::toString)
          .containsExactly("does not hold lao-dong-tien-tien in 2021");
    }

    @Test
    @DisplayName("CSTĐCS: \"have a recognised initiative (or applied research project)\" "
        + "recognised in the period")
    void needsAnInitiativeRecognisedInThePeriod() {
      // seven LĐTT holders: 1 place; p01's initiative dates from 2020, p02's from 2021-Q4
      AwardResult awards = AwardFixture.year2021().unit("w1", same("p", 1, 7, 80))
          .initiative("p01", AwardLevel.GRASSROOTS, Period.year(2020))
          .initiative("p02", AwardLevel.GRASSROOTS, Period.quarter(2021, 4))
          .decide(LAW);

      assertThat(awards.recipients(CSTDCS)).containsExactly("p02");
      assertThat(decision(awards, "p01", CSTDCS).reasons()).map(Message::toString)
          .containsExactly(
              "0 initiatives of GRASSROOTS reach or wider recognised in 2021, needs 1");
    }

    @Test
    @DisplayName("CSTĐCS: \"Quota: at most 15% of the number of LĐTT/CSTT holders\", "
        + "\"rounded down\"")
    void quotaIsFifteenPercentOfAdvancedWorkersRoundedDown() {
      // 20 people, 13 rated GOOD or better hold LĐTT, 7 rated 60 do not; all 20 have
      // initiatives. 15% of 13 holders = 1.95 -> 1 place (15% of the headcount of 20 would be 3)
      AwardResult awards = AwardFixture.year2021()
          .unit("w1", concat(people("p", 99, 98, 97, 96, 95, 94, 93, 92, 91, 90, 89, 88, 87),
              same("p", 14, 7, 60)))
          .initiatives("p01", "p02", "p03", "p04", "p05", "p06", "p07", "p08", "p09", "p10",
              "p11", "p12", "p13", "p14", "p15", "p16", "p17", "p18", "p19", "p20")
          .decide(LAW);

      assertThat(awards.recipients(LDTT)).hasSize(13);
      assertThat(awards.recipients(CSTDCS)).containsExactly("p01");
      assertThat(decision(awards, "p02", CSTDCS).reasons()).map(Message::toString)
          .containsExactly("ranked 2nd of 13 eligible for 1 place (at most 15% of the "
              + "lao-dong-tien-tien holders, rounded floor)");
    }
  }

  @Nested
  @DisplayName("Chiến sĩ thi đua cấp Bộ")
  class MinistryFighter {

    @Test
    @DisplayName("CSTĐ cấp Bộ: \"CSTĐCS 3 consecutive times plus an initiative of ministry-wide "
        + "reach\": 2019, 2020 and this period")
    void threeConsecutiveFightersAndAMinistryInitiative() {
      // seven LĐTT holders: 1 CSTĐCS place, p01's ministry initiative also counts as grassroots
      AwardResult awards = AwardFixture.year2021().unit("w1", same("p", 1, 7, 80))
          .initiative("p01", AwardLevel.MINISTRY)
          .history(fighter("p01", 2019), fighter("p01", 2020))
          .decide(LAW);

      AwardDecision p01 = decision(awards, "p01", CSTD_BO);
      assertThat(p01.granted()).isTrue();
      assertThat(p01.reasons()).map(Message::toString).containsExactly(
          "chien-si-thi-dua-co-so held 3 consecutive times up to 2021, needs 3",
          "1 initiative of MINISTRY reach or wider recognised in 2021, needs 1");
    }

    @Test
    @DisplayName("CSTĐ cấp Bộ: \"CSTĐCS 3 consecutive times\" counts this period: three past "
        + "years without this one do not qualify")
    void theStreakMustIncludeThisPeriod() {
      // p01 is rated 74: no LĐTT, so no CSTĐCS this year, so the streak is 0
      AwardResult awards = AwardFixture.year2021()
          .unit("w1", concat(people("p", 74), same("q", 1, 7, 80)))
          .initiative("p01", AwardLevel.MINISTRY)
          .history(fighter("p01", 2018), fighter("p01", 2019), fighter("p01", 2020))
          .decide(LAW);

      assertThat(decision(awards, "p01", CSTD_BO).reasons()).map(Message::toString).containsExactly(
          "chien-si-thi-dua-co-so held 0 consecutive times up to 2021, needs 3");
    }

    @Test
    @DisplayName("CSTĐ cấp Bộ: \"plus an initiative of ministry-wide reach\": a grassroots one is "
        + "not enough")
    void needsAMinistryReachInitiative() {
      AwardResult awards = AwardFixture.year2021().unit("w1", same("p", 1, 7, 80))
          .initiative("p01", AwardLevel.GRASSROOTS)
          .history(fighter("p01", 2019), fighter("p01", 2020))
          .decide(LAW);

      assertThat(awards.recipients(CSTDCS)).containsExactly("p01");
      assertThat(decision(awards, "p01", CSTD_BO).reasons()).map(Message::toString).containsExactly(
          "0 initiatives of MINISTRY reach or wider recognised in 2021, needs 1");
    }

    private static PastAward fighter(String participantId, int year) {
      return new PastAward(participantId, CSTDCS, Period.year(year), AwardKind.EMULATION_TITLE);
    }
  }

  @Nested
  @DisplayName("Tập thể lao động tiên tiến")
  class AdvancedCollective {

    @Test
    @DisplayName("TTLĐTT: \"more than 50% of members hold LĐTT/CSTT\": exactly 50% fails")
    void moreThanHalfStrictly() {
      // w1: 5 of 10 hold LĐTT (80), 5 do not (60), mean 70 COMPLETED -> 50% is not more than 50%
      // w2: 6 of 10 hold LĐTT, mean (480 + 240) / 10 = 72 COMPLETED -> 60%
      AwardResult awards = AwardFixture.year2021()
          .unit("w1", concat(same("a", 1, 5, 80), same("a", 6, 5, 60)))
          .unit("w2", concat(same("b", 1, 6, 80), same("b", 7, 4, 60)))
          .decide(LAW);

      assertThat(awards.recipients(TTLDTT)).containsExactly("w2");
      assertThat(decision(awards, "w1", TTLDTT).reasons()).map(Message::toString).containsExactly(
          "5 of 10 members (50.00%) hold lao-dong-tien-tien, needs more than 50%");
    }

    @Test
    @DisplayName("TTLĐTT: \"no member disciplined at warning (cảnh cáo) level or above\": "
        + "a WARNING bars, a REPRIMAND does not")
    void aMemberAtWarningBarsButReprimandDoesNot() {
      // each unit: 8 rated 80 and 2 rated 60; the disciplined member loses LĐTT, leaving 7 of 10
      AwardResult awards = AwardFixture.year2021()
          .unit("w1", concat(same("a", 1, 8, 80), same("a", 9, 2, 60)))
          .unit("w2", concat(same("b", 1, 8, 80), same("b", 9, 2, 60)))
          .change("a08", p -> p.disciplined(DisciplinaryLevel.WARNING))
          .change("b08", p -> p.disciplined(DisciplinaryLevel.REPRIMAND))
          .decide(LAW);

      assertThat(awards.recipients(TTLDTT)).containsExactly("w2");
      assertThat(decision(awards, "w1", TTLDTT).reasons()).map(Message::toString)
          .containsExactly("members disciplined at WARNING or above: a08 (WARNING)");
    }

    @Test
    @DisplayName("TTLĐTT: \"completed tasks and plan\": a collective graded NOT_COMPLETED fails")
    void needsTheCollectiveToHaveCompletedItsTasks() {
      // 6 of 10 hold LĐTT (75), 4 rated 0: mean 450 / 10 = 45 -> NOT_COMPLETED
      AwardResult awards = AwardFixture.year2021()
          .unit("w1", concat(same("a", 1, 6, 75), same("a", 7, 4, 0))).decide(LAW);

      assertThat(decision(awards, "w1", TTLDTT).reasons()).map(Message::toString)
          .containsExactly("grade NOT_COMPLETED, needs COMPLETED or better");
    }

    @Test
    @DisplayName("TTLĐTT: \"one serious incident bars the unit and its people from titles for "
        + "the period\" (the unit's own veto)")
    void theUnitsOwnVetoBars() {
      // all eight rated 90 hold LĐTT; the unit's veto caps it at COMPLETED, which still passes
      // "completed", so the veto is the only reason
      AwardResult awards = AwardFixture.year2021().unit("w1", same("a", 1, 8, 90))
          .unitFailsVeto("w1").decide(LAW);

      assertThat(awards.recipients(LDTT)).hasSize(8);
      assertThat(decision(awards, "w1", TTLDTT).reasons()).map(Message::toString)
          .containsExactly("veto failed: unit-safety");
    }
  }

  @Nested
  @DisplayName("Tập thể lao động xuất sắc")
  class ExcellentCollective {
    /** Ten members rated 100 down to 91: mean 95.5 EXCELLENT, all hold LĐTT. */
    private final AwardFixture excellent = AwardFixture.year2021()
        .unit("w1", people("a", 100, 99, 98, 97, 96, 95, 94, 93, 92, 91));

    @Test
    @DisplayName("TTLĐXS: \"holds TTLĐTT; exceeded targets; 100% of members completed their "
        + "tasks and at least 70% hold LĐTT; at least one member holds CSTĐCS\": all met")
    void grantedWhenEveryConditionHolds() {
      // 10 LĐTT holders: 15% = 1.5 -> 1 CSTĐCS place, a01 has the initiative
      AwardResult awards = excellent.initiatives("a01").decide(LAW);

      AwardDecision w1 = decision(awards, "w1", TTLDXS);
      assertThat(w1.granted()).isTrue();
      assertThat(w1.reasons()).map(Message::toString).containsExactly(
          "holds tap-the-lao-dong-tien-tien in 2021",
          "grade EXCELLENT, needs EXCELLENT or better",
          "10 of 10 members (100.00%) are graded COMPLETED or better, needs at least 100%",
          "10 of 10 members (100.00%) hold lao-dong-tien-tien, needs at least 70%",
          "1 member holds chien-si-thi-dua-co-so, needs 1",
          "no member disciplined at WARNING or above");
    }

    @Test
    @DisplayName("TTLĐXS: \"holds TTLĐTT\"")
    void needsTheAdvancedCollectiveTitle() {
      // the unit's veto bars TTLĐTT and caps the grade at COMPLETED
      AwardResult awards = excellent.initiatives("a01").unitFailsVeto("w1").decide(LAW);

      assertThat(decision(awards, "w1", TTLDXS).reasons()).map(Message::toString).containsExactly(
          "does not hold tap-the-lao-dong-tien-tien in 2021",
          "grade COMPLETED, needs EXCELLENT or better");
    }

    @Test
    @DisplayName("TTLĐXS: \"exceeded targets\" (graded EXCELLENT)")
    void needsAnExcellentGrade() {
      // all ten rated 89: mean 89 -> GOOD
      AwardResult awards = AwardFixture.year2021().unit("w1", same("a", 1, 10, 89))
          .initiatives("a01").decide(LAW);

      assertThat(awards.recipients(CSTDCS)).containsExactly("a01");
      assertThat(decision(awards, "w1", TTLDXS).reasons()).map(Message::toString)
          .containsExactly("grade GOOD, needs EXCELLENT or better");
    }

    @Test
    @DisplayName("TTLĐXS: \"100% of members completed their tasks\"")
    void needsEveryMemberToHaveCompleted() {
      // nine rated 100 and one 49: mean 949 / 10 = 94.9 EXCELLENT; 9 LĐTT = 90%;
      // 15% of 9 = 1.35 -> 1 CSTĐCS place for a01
      AwardResult awards = AwardFixture.year2021()
          .unit("w1", concat(same("a", 1, 9, 100), same("a", 10, 1, 49)))
          .initiatives("a01").decide(LAW);

      assertThat(decision(awards, "w1", TTLDXS).reasons()).map(Message::toString).containsExactly(
          "9 of 10 members (90.00%) are graded COMPLETED or better, needs at least 100%");
    }

    @Test
    @DisplayName("TTLĐXS: \"at least 70% hold LĐTT\": exactly 70% is enough")
    void seventyPercentExactlyIsEnough() {
      // seven rated 100 and three 70: mean 910 / 10 = 91 EXCELLENT; 7 of 10 = 70% hold LĐTT;
      // 15% of 7 = 1.05 -> 1 CSTĐCS place for a01
      AwardResult awards = AwardFixture.year2021()
          .unit("w1", concat(same("a", 1, 7, 100), same("a", 8, 3, 70)))
          .initiatives("a01").decide(LAW);

      AwardDecision w1 = decision(awards, "w1", TTLDXS);
      assertThat(w1.granted()).isTrue();
      assertThat(w1.reasons()).map(Message::toString)
          .contains("7 of 10 members (70.00%) hold lao-dong-tien-tien, needs at least 70%");
    }

    @Test
    @DisplayName("TTLĐXS: \"at least one member holds CSTĐCS\"")
    void needsAFighterAmongTheMembers() {
      AwardResult awards = excellent.decide(LAW);

      assertThat(decision(awards, "w1", TTLDXS).reasons()).map(Message::toString)
          .containsExactly("0 members hold chien-si-thi-dua-co-so, needs 1");
    }

    @Test
    @DisplayName("TTLĐXS: \"no member disciplined at warning level or above\"")
    void aMemberAtWarningBars() {
      // a10 (91) at WARNING loses LĐTT: 9 of 10 still hold it; both collective titles fall
      AwardResult awards = excellent.initiatives("a01")
          .change("a10", p -> p.disciplined(DisciplinaryLevel.WARNING)).decide(LAW);

      assertThat(decision(awards, "w1", TTLDXS).reasons()).map(Message::toString).containsExactly(
          "does not hold tap-the-lao-dong-tien-tien in 2021",
          "members disciplined at WARNING or above: a10 (WARNING)");
    }
  }

  @Nested
  @DisplayName("Giấy khen")
  class Commendation {

    @Test
    @DisplayName("Giấy khen: \"at most 10% of each unit's headcount, rounded down\" (the pack's "
        + "rule; domain: \"a unit cap on how many may hold a title, rounded down\")")
    void tenPercentOfEachUnitsHeadcountRoundedDown() {
      // w1: 25 people, five EXCELLENT (99..95): 10% of 25 = 2.5 -> 2 places
      AwardResult awards = AwardFixture.year2021()
          .unit("w1", concat(people("a", 99, 98, 97, 96, 95), same("a", 6, 20, 80)))
          .decide(LAW);

      assertThat(awards.recipients(GIAY_KHEN)).containsExactly("a01", "a02");
      assertThat(decision(awards, "a03", GIAY_KHEN).reasons()).map(Message::toString)
          .containsExactly(
              "ranked 3rd of 5 eligible for 2 places in unit w1 (at most 10% of the headcount, "
                  + "per unit, rounded floor, at least 1)");
    }

    @Test
    @DisplayName("Giấy khen: \"rounded down but at least one\", unit by unit")
    void atLeastOnePlaceInASmallUnit() {
      // w1: 25 people -> 2 places as above; w2: 5 people, two EXCELLENT: 10% of 5 = 0.5 -> 0,
      // raised to 1 place of its own
      AwardResult awards = AwardFixture.year2021()
          .unit("w1", concat(people("a", 99, 98, 97, 96, 95), same("a", 6, 20, 80)))
          .unit("w2", concat(people("b", 94, 93), same("b", 3, 3, 80)))
          .decide(LAW);

      assertThat(awards.recipients(GIAY_KHEN)).containsExactlyInAnyOrder("a01", "a02", "b01");
      assertThat(decision(awards, "b02", GIAY_KHEN).reasons()).map(Message::toString)
          .containsExactly(
              "ranked 2nd of 2 eligible for 1 place in unit w2 (at most 10% of the headcount, "
                  + "per unit, rounded floor, at least 1)");
    }

    @Test
    @DisplayName("Giấy khen: \"One achievement gets one form: no two commendations for the same "
        + "achievement (exclusion groups with precedence)\": CSTĐCS takes its place")
    void theFighterIsNotAlsoCommended() {
      // ten EXCELLENT people: one CSTĐCS place (15% of 10 LĐTT) to a01, who has the initiative;
      // one Giấy khen place (10% of 10) goes to the next, a02
      AwardResult awards = AwardFixture.year2021()
          .unit("w1", people("a", 99, 98, 97, 96, 95, 94, 93, 92, 91, 90))
          .initiatives("a01").decide(LAW);

      assertThat(LAW.exclusionGroups())
          .containsExactly(ExclusionGroup.of("one-achievement-one-form", CSTDCS, GIAY_KHEN));
      AwardDecision a01 = decision(awards, "a01", GIAY_KHEN);
      assertThat(a01.granted()).isFalse();
      assertThat(a01.excludedBy()).contains(CSTDCS);
      assertThat(a01.reasons()).map(Message::toString)
          .containsExactly("excluded: chien-si-thi-dua-co-so was granted for the same achievement");
      assertThat(awards.recipients(GIAY_KHEN)).containsExactly("a02");
      assertThat(awards.awardsOf("a02")).containsExactly(LDTT, GIAY_KHEN);
    }

    @Test
    @DisplayName("Giấy khen: \"No award while the participant is under disciplinary review or "
        + "investigation\"")
    void underReviewBars() {
      // ten EXCELLENT people, one place; a01 is under review, so a02 gets it
      AwardResult awards = AwardFixture.year2021()
          .unit("w1", people("a", 99, 98, 97, 96, 95, 94, 93, 92, 91, 90))
          .change("a01", AwardFixture.Person::inReview).decide(LAW);

      assertThat(decision(awards, "a01", GIAY_KHEN).reasons()).map(Message::toString)
          .containsExactly("under disciplinary review or investigation");
      assertThat(awards.recipients(GIAY_KHEN)).containsExactly("a02");
    }
  }
}
