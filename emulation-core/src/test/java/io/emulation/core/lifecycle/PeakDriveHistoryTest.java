package io.emulation.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.emulation.core.InvalidDefinitionException;
import io.emulation.core.award.Award;
import io.emulation.core.award.AwardEvaluator;
import io.emulation.core.award.AwardFixture;
import io.emulation.core.award.AwardHistory;
import io.emulation.core.award.AwardKind;
import io.emulation.core.award.AwardLevel;
import io.emulation.core.award.AwardResult;
import io.emulation.core.award.AwardRule;
import io.emulation.core.award.AwardRuleSet;
import io.emulation.core.award.Conditions;
import io.emulation.core.award.PastAward;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.campaign.CampaignKind;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.period.Period;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A peak drive's grants go into history as themed awards, which never count toward "held N
 * consecutive times", whatever kind the drive's rule declares.
 */
class PeakDriveHistoryTest {
  private static final Award BEST_WORKER = Award.of("best-worker", "Best worker",
      AwardKind.EMULATION_TITLE, ParticipantKind.INDIVIDUAL, AwardLevel.GRASSROOTS);
  private static final AwardRuleSet DRIVE_RULES = AwardRuleSet.builder("drive")
      .rules(AwardRule.of(BEST_WORKER, Conditions.minScore(new BigDecimal("90")))).build();
  private static final AwardRuleSet TWICE_RULES = AwardRuleSet.builder("twice")
      .rules(AwardRule.of(BEST_WORKER, Conditions.minScore(new BigDecimal("90"))),
          AwardRule.of(Award.of("twice-best", "Best worker twice running",
                  AwardKind.EMULATION_TITLE, ParticipantKind.INDIVIDUAL, AwardLevel.GRASSROOTS),
              Conditions.heldConsecutively("best-worker", 2)))
      .build();

  /** m01 rated 95 (best worker), m02 rated 80. */
  private static AwardFixture fixture(Period period) {
    return AwardFixture.in(period).unit("w1", AwardFixture.people("m", 95, 80));
  }

  private static Campaign drive(AwardFixture fixture) {
    return fixture.campaign().toBuilder().kind(CampaignKind.PEAK_DRIVE).parentId("parent")
        .build();
  }

  private static List<PastAward> grants(Campaign campaign, AwardFixture fixture) {
    AwardResult awards = AwardEvaluator.of(DRIVE_RULES)
        .evaluate(campaign, fixture.evaluation(), fixture.inputs());
    return GrantHistory.of(campaign, DRIVE_RULES, awards);
  }

  @Test
  void peakDriveGrantsAreRecordedAsThemed() {
    AwardFixture fixture = fixture(Period.year(2020));

    assertThat(grants(drive(fixture), fixture)).containsExactly(
        new PastAward("m01", "best-worker", Period.year(2020), AwardKind.THEMED));
  }

  @Test
  void ongoingCampaignGrantsKeepTheirAwardsKind() {
    AwardFixture fixture = fixture(Period.year(2020));

    assertThat(grants(fixture.campaign(), fixture)).containsExactly(
        new PastAward("m01", "best-worker", Period.year(2020), AwardKind.EMULATION_TITLE));
  }

  @Test
  void themedGrantsDoNotCountForHeldConsecutively() {
    AwardFixture lastYear = fixture(Period.year(2020));
    List<PastAward> history = grants(drive(lastYear), lastYear);
    AwardFixture thisYear = fixture(Period.year(2021));

    AwardResult awards = AwardEvaluator.of(TWICE_RULES).evaluate(thisYear.campaign(),
        thisYear.evaluation(), thisYear.inputs().withHistory(AwardHistory.of(history)));

    assertThat(awards.recipients("twice-best")).isEmpty();
    assertThat(awards.decision("m01", "twice-best").orElseThrow().reasons())
        .extracting(Object::toString)
        .containsExactly("best-worker held 1 consecutive time up to 2021, needs 2");
  }

  @Test
  void theSameGrantFromAnOngoingCampaignCounts() {
    AwardFixture lastYear = fixture(Period.year(2020));
    List<PastAward> history = grants(lastYear.campaign(), lastYear);
    AwardFixture thisYear = fixture(Period.year(2021));

    AwardResult awards = AwardEvaluator.of(TWICE_RULES).evaluate(thisYear.campaign(),
        thisYear.evaluation(), thisYear.inputs().withHistory(AwardHistory.of(history)));

    assertThat(awards.recipients("twice-best")).containsExactly("m01");
  }

  @Test
  void adHocAwardsOfADriveStayAdHoc() {
    Award deed = Award.of("deed", "Brave deed", AwardKind.AD_HOC, ParticipantKind.INDIVIDUAL,
        AwardLevel.GRASSROOTS);

    assertThat(GrantHistory.kindOf(drive(fixture(Period.year(2020))), deed))
        .isEqualTo(AwardKind.AD_HOC);
  }

  @Test
  void grantsOfAnAwardTheRulesLackAreRejected() {
    AwardFixture fixture = fixture(Period.year(2020));
    AwardResult awards = AwardEvaluator.of(DRIVE_RULES)
        .evaluate(fixture.campaign(), fixture.evaluation(), fixture.inputs());
    AwardRuleSet other = AwardRuleSet.builder("other").rules(AwardRule.of(Award.of("x", "X",
        AwardKind.COMMENDATION, ParticipantKind.INDIVIDUAL, AwardLevel.GRASSROOTS),
        Conditions.noVetoFailure())).build();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> GrantHistory.of(fixture.campaign(), other, awards))
        .withMessage("campaign 'c' granted award 'best-worker', which the rules 'other' do not "
            + "have, so its kind is unknown");
  }

  @Test
  void aPeakDriveInsideItsParentIsAccepted() {
    Campaign parent = fixture(Period.year(2021)).campaign();
    Campaign drive = AwardFixture.in(Period.quarter(2021, 2)).unit("w1",
        AwardFixture.people("m", 95, 80)).campaign().toBuilder()
        .kind(CampaignKind.PEAK_DRIVE).parentId("c-parent").build();
    Campaign renamedParent = Campaign.builder("c-parent", "Parent").period(parent.period())
        .organisation(parent.organisation()).criteria(parent.criteria()).build();

    assertThat(PeakDrive.of(renamedParent, drive).drive()).isEqualTo(drive);
  }

  @Test
  void aPeakDriveOutsideItsParentOrNamingAnotherIsRejectedWithEveryProblem() {
    Campaign parent = fixture(Period.year(2021)).campaign();
    Campaign drive = drive(fixture(Period.year(2020)));

    assertThatThrownBy(() -> PeakDrive.of(parent, drive))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("peak drive 'c' names parent 'parent', not 'c'")
        .hasMessageContaining("peak drive 'c' runs over 2020, not inside the period 2021 of "
            + "campaign 'c'");
  }

  @Test
  void anOngoingCampaignIsNotAPeakDrive() {
    Campaign parent = fixture(Period.year(2021)).campaign();

    assertThatThrownBy(() -> PeakDrive.of(parent, parent))
        .hasMessageContaining("campaign 'c' is ONGOING, not a PEAK_DRIVE");
  }
}
