package io.emulation.core.award;

import static io.emulation.core.award.EnglishReasons.IN_ENGLISH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Quorum, majority, secret ballot and the chairman's casting vote, each with its tally. */
class CouncilConditionsTest {
  private static final BigDecimal FIFTY = new BigDecimal("50");
  private static final BigDecimal NINETY = new BigDecimal("90");

  /** Person p1 deciding TITLE, with the council's vote on it. */
  private static FakeContext votedOn(CouncilVote.Builder vote) {
    return FakeContext.person("p1", "95").inputs(AwardInputs.none()
        .withCouncilVotes(CouncilVotes.of(vote.build())));
  }

  private static CouncilVote.Builder vote() {
    return CouncilVote.builder("p1", "title");
  }

  @Test
  void quorumIsMetWhenEnoughMembersArePresent() {
    ConditionResult result = Conditions.quorum(2, 3)
        .evaluate(votedOn(vote().members(15).present(12).votes(9, 2, 1)));

    assertThat(result).usingComparator(IN_ENGLISH).isEqualTo(
        ConditionResult.met("12 of 15 members present (quorum 2/3 = 10)"));
  }

  @Test
  void quorumIsMetAtExactlyTheRoundedUpShare() {
    assertThat(Conditions.quorum(2, 3)
        .evaluate(votedOn(vote().members(14).present(10))).met()).isTrue();
  }

  @Test
  void quorumIsUnmetOneMemberShort() {
    ConditionResult result = Conditions.quorum(2, 3)
        .evaluate(votedOn(vote().members(15).present(9).votes(9, 0, 0)));

    assertThat(result).usingComparator(IN_ENGLISH).isEqualTo(
        ConditionResult.unmet("9 of 15 members present (quorum 2/3 = 10)"));
  }

  @Test
  void approvalByMoreThanHalfOfVotesGivesTheTally() {
    ConditionResult result = Conditions.councilApprovalMoreThan(FIFTY)
        .evaluate(votedOn(vote().members(15).present(12).votes(9, 2, 1)));

    assertThat(result).usingComparator(IN_ENGLISH).isEqualTo(ConditionResult.met(
        "9 for, 2 against, 1 abstain: 75% of votes, needs more than 50%"));
  }

  @Test
  void exactlyHalfOfVotesIsNotMoreThanHalf() {
    ConditionResult result = Conditions.councilApprovalMoreThan(FIFTY)
        .evaluate(votedOn(vote().members(15).present(12).votes(6, 6, 0)));

    assertThat(result).usingComparator(IN_ENGLISH).isEqualTo(ConditionResult.unmet(
        "6 for, 6 against, 0 abstain: 50% of votes, needs more than 50%"));
  }

  @Test
  void abstentionsCountAsVotesCast() {
    // 6 for of 11 cast = 54.55%; the abstentions keep it above half only just
    assertThat(Conditions.councilApprovalMoreThan(FIFTY)
        .evaluate(votedOn(vote().members(15).present(12).votes(6, 2, 3))).reason())
        .hasToString("6 for, 2 against, 3 abstain: 54.55% of votes, needs more than 50%");
  }

  @Test
  void approvalWithoutBallotsIsUnmet() {
    assertThat(Conditions.councilApprovalMoreThan(FIFTY)
        .evaluate(votedOn(vote().members(15).present(10))))
        .usingComparator(IN_ENGLISH).isEqualTo(ConditionResult.unmet(
            "no ballots cast by the 10 members present, needs more than 50% of votes"));
  }

  @Test
  void secretBallotOfNinetyPercentOfAllMembersIsMet() {
    ConditionResult result = Conditions.secretBallotApprovalAtLeast(NINETY)
        .evaluate(votedOn(vote().members(15).present(15).votes(14, 1, 0).secretBallot(true)));

    assertThat(result).usingComparator(IN_ENGLISH)
        .isEqualTo(ConditionResult.met("secret ballot: 14 of 15 members for "
        + "(93.33% of all members), needs at least 90%"));
  }

  @Test
  void secretBallotCountsAbsentMembersAgainst() {
    // 13 of 13 present voted for, but 13 of 15 members is 86.67%
    ConditionResult result = Conditions.secretBallotApprovalAtLeast(NINETY)
        .evaluate(votedOn(vote().members(15).present(13).votes(13, 0, 0).secretBallot(true)));

    assertThat(result).usingComparator(IN_ENGLISH)
        .isEqualTo(ConditionResult.unmet("secret ballot: 13 of 15 members for "
        + "(86.67% of all members), needs at least 90%"));
  }

  @Test
  void secretBallotIsMetAtExactlyTheShare() {
    assertThat(Conditions.secretBallotApprovalAtLeast(NINETY)
        .evaluate(votedOn(vote().members(10).votes(9, 1, 0).secretBallot(true))).met())
        .isTrue();
  }

  @Test
  void anOpenVoteDoesNotMeetASecretBallotCondition() {
    ConditionResult result = Conditions.secretBallotApprovalAtLeast(NINETY)
        .evaluate(votedOn(vote().members(15).votes(15, 0, 0)));

    assertThat(result).usingComparator(IN_ENGLISH)
        .isEqualTo(ConditionResult.unmet("open vote (15 of 15 members for), "
        + "needs a secret ballot with at least 90% of all members"));
  }

  @Test
  void chairmanVotingForBreaksATie() {
    ConditionResult result = Conditions.chairmanCastingVote(FIFTY)
        .evaluate(votedOn(vote().members(13).present(12).votes(6, 6, 0)
            .chairman(ChairmanVote.FOR)));

    assertThat(result).usingComparator(IN_ENGLISH)
        .isEqualTo(ConditionResult.met("tie at 50% of votes (6 for, 6 against, "
        + "0 abstain); the chairman voted for, which decides"));
  }

  @Test
  void chairmanVotingAgainstDecidesATieAgainst() {
    assertThat(Conditions.chairmanCastingVote(FIFTY)
        .evaluate(votedOn(vote().members(12).votes(6, 6, 0).chairman(ChairmanVote.AGAINST))))
        .usingComparator(IN_ENGLISH)
        .isEqualTo(ConditionResult.unmet("tie at 50% of votes (6 for, 6 against, 0 abstain); "
            + "the chairman voted against, which decides"));
  }

  @Test
  void anAbsentChairmanBreaksNoTie() {
    assertThat(Conditions.chairmanCastingVote(FIFTY)
        .evaluate(votedOn(vote().members(13).present(12).votes(6, 6, 0)
            .chairman(ChairmanVote.ABSENT))).reason()).asString()
        .endsWith("the chairman is absent, so nobody breaks the tie");
  }

  @Test
  void theChairmanDoesNotDecideWithoutATie() {
    assertThat(Conditions.chairmanCastingVote(FIFTY)
        .evaluate(votedOn(vote().members(12).votes(9, 2, 1).chairman(ChairmanVote.FOR))))
        .usingComparator(IN_ENGLISH)
        .isEqualTo(ConditionResult.unmet("no tie at 50%: 9 for, 2 against, 1 abstain (75% of "
            + "votes), so the chairman's vote does not decide"));
  }

  @Test
  void majorityOrCastingVoteApprovesATieTheChairmanSupports() {
    Condition majority = Conditions.any(Conditions.councilApprovalMoreThan(FIFTY),
        Conditions.chairmanCastingVote(FIFTY));

    ConditionResult result = majority.evaluate(votedOn(vote().members(12).votes(6, 6, 0)
        .chairman(ChairmanVote.FOR)));

    assertThat(result.met()).isTrue();
    assertThat(result.reason()).hasToString("tie at 50% of votes (6 for, 6 against, 0 abstain); "
        + "the chairman voted for, which decides");
  }

  @Test
  void everyCouncilConditionIsUnmetWithoutARecordedVote() {
    FakeContext noVote = FakeContext.person("p1", "95").inputs(AwardInputs.none()
        .withCouncilVotes(CouncilVotes.of(CouncilVote.builder("p1", "other-title").members(5)
            .votes(5, 0, 0).build())));

    for (Condition condition : new Condition[] {Conditions.quorum(2, 3),
        Conditions.councilApprovalMoreThan(FIFTY), Conditions.secretBallotApprovalAtLeast(NINETY),
        Conditions.chairmanCastingVote(FIFTY)}) {
      assertThat(condition.evaluate(noVote)).as(condition.describe())
          .usingComparator(IN_ENGLISH)
          .isEqualTo(ConditionResult.unmet("no council vote recorded on title for p1"));
    }
  }

  @Test
  void councilConditionsCompareByValue() {
    assertThat(Conditions.quorum(2, 3)).isEqualTo(Conditions.quorum(2, 3));
    assertThat(Conditions.councilApprovalMoreThan(FIFTY))
        .isEqualTo(Conditions.councilApprovalMoreThan(new BigDecimal("50")))
        .isNotEqualTo(Conditions.secretBallotApprovalAtLeast(FIFTY));
  }

  @Test
  void councilConditionsDescribeThemselves() {
    assertThat(Conditions.all(Conditions.quorum(2, 3),
        Conditions.secretBallotApprovalAtLeast(NINETY)).describe())
        .isEqualTo("at least 2/3 of council members present and approval by at least 90% of "
            + "all council members by secret ballot");
  }

  @Test
  void aQuorumAboveOneIsRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> Conditions.quorum(4, 3))
        .withMessage("quorum must be a fraction above 0 and at most 1 but was 4/3");
  }

  @Test
  void moreBallotsThanMembersPresentAreRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> vote().members(15).present(10).votes(8, 2, 1).build())
        .withMessage("council vote on title for p1: 11 ballots cast but only 10 members present");
  }

  @Test
  void aNegativeNumberPresentIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> vote().members(15).present(-1).build())
        .withMessage("council vote on title for p1: present must be 0 to 15 members but was -1");
  }

  @Test
  void anAbsentChairmanWithEveryMemberPresentIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> vote().members(5).chairman(ChairmanVote.ABSENT).build())
        .withMessage("council vote on title for p1: the chairman is absent but all 5 members "
            + "were present");
  }

  @Test
  void twoVotesOnTheSameProposalAreRejected() {
    CouncilVote vote = vote().members(5).build();

    assertThatIllegalArgumentException().isThrownBy(() -> CouncilVotes.of(vote, vote))
        .withMessage("two council votes on title for p1");
  }

  @Test
  void inputsWithoutCouncilVotesHaveNone() {
    assertThat(AwardInputs.none().councilVotes().vote("p1", "title")).isEmpty();
  }
}
