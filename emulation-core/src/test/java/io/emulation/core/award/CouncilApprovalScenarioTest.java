package io.emulation.core.award;

import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.org.ParticipantKind;
import io.emulation.core.text.Message;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A high title that needs the council: a quorum of 2/3 and 90% of all members by secret ballot.
 * The decisions carry the tally as their reasons.
 */
class CouncilApprovalScenarioTest {
  private static final Award HIGH = Award.of("high-title", "High title",
      AwardKind.EMULATION_TITLE, ParticipantKind.INDIVIDUAL, AwardLevel.MINISTRY);
  private static final AwardRuleSet RULES = AwardRuleSet.builder("council")
      .rules(AwardRule.of(HIGH, Conditions.all(Conditions.minGrade("EXCELLENT"),
          Conditions.quorum(2, 3),
          Conditions.secretBallotApprovalAtLeast(new BigDecimal("90")))))
      .build();

  @Test
  void onlyTheProposalTheCouncilBackedIsGrantedEachWithItsTally() {
    AwardFixture fixture = AwardFixture.year2021().unit("w1", AwardFixture.people("m", 96, 95, 94));
    CouncilVotes votes = CouncilVotes.of(
        CouncilVote.builder("m01", "high-title").members(15).present(14).votes(14, 0, 0)
            .secretBallot(true).build(),
        CouncilVote.builder("m02", "high-title").members(15).present(14).votes(12, 2, 0)
            .secretBallot(true).build(),
        CouncilVote.builder("m03", "high-title").members(15).present(9).votes(9, 0, 0)
            .secretBallot(true).build());

    AwardResult awards = AwardEvaluator.of(RULES).evaluate(fixture.campaign(),
        fixture.evaluation(), fixture.inputs().withCouncilVotes(votes));

    assertThat(awards.recipients("high-title")).containsExactly("m01");
    assertThat(awards.decision("m02", "high-title").orElseThrow().reasons()).map(Message::toString)
        .containsExactly(
            "secret ballot: 12 of 15 members for (80% of all members), needs at least 90%");
    assertThat(awards.decision("m03", "high-title").orElseThrow().reasons()).map(Message::toString)
        .containsExactly("9 of 15 members present (quorum 2/3 = 10)",
            "secret ballot: 9 of 15 members for (60% of all members), needs at least 90%");
  }
}
