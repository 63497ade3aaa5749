package io.emulation.core.evaluation;

import static io.emulation.core.evaluation.EvaluationFixtures.EVALUATOR;
import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.campaign.Campaign;
import io.emulation.core.ranking.Placement;
import io.emulation.core.ranking.RankKey;
import io.emulation.core.ranking.RankKeys;
import io.emulation.core.ranking.RankMethod;
import io.emulation.core.ranking.RankPolicy;
import io.emulation.core.ranking.Standing;
import io.emulation.core.text.Message;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Results whose placements are kept as numbers and made when read are indistinguishable from
 * results holding their placements: equal, explained alike, the same on every read.
 */
class ParticipantResultTest {
  private static ParticipantResult resultOf(Campaign campaign, String participantId) {
    return EVALUATOR.evaluate(campaign, SmallFactory.data(), SmallFactory.H1)
        .result(participantId).orElseThrow();
  }

  /** The same result holding its placements as read. */
  private static ParticipantResult holding(ParticipantResult result) {
    return new ParticipantResult(result.participant(), result.scorecard(), result.grade(),
        result.overall(), result.inUnit());
  }

  @Test
  void placementsOfBuiltInKeysAreMadeEqualOnEachRead() {
    ParticipantResult result = resultOf(SmallFactory.campaign(), "a2");

    assertThat(result.overall()).isNotSameAs(result.overall()).isEqualTo(result.overall());
    assertThat(result.inUnit()).isNotSameAs(result.inUnit()).isEqualTo(result.inUnit());
  }

  @Test
  void resultMakingItsPlacementsEqualsTheSameResultHoldingThem() {
    ParticipantResult result = resultOf(SmallFactory.campaign(), "a2");
    ParticipantResult holding = holding(result);

    assertThat(result).isEqualTo(holding).hasSameHashCodeAs(holding)
        .hasToString(holding.toString());
    assertThat(result.explain(Locale.forLanguageTag("vi")))
        .isEqualTo(holding.explain(Locale.forLanguageTag("vi")));
  }

  @Test
  void placementsMadeWhenReadAreThoseOfRankingTheStandings() {
    ParticipantResult result = resultOf(SmallFactory.campaign(), "a2");
    Placement overall = result.overall();

    assertThat(overall.participantId()).isEqualTo("a2");
    assertThat(overall.of()).isEqualTo(3);
    assertThat(overall.explanation()).isEqualTo(RankPolicy.standard().explanation(
        new Standing(result.participant(), result.scorecard(), result.grade(), 0)));
    assertThat(result.inUnit().of()).isEqualTo(2);
  }

  @Test
  void placementsOfAnotherKeyAreKeptAsRanked() {
    RankKey another = RankKeys.anotherType(RankKey.byTotal());
    Campaign campaign = SmallFactory.campaign().toBuilder()
        .rankPolicy(RankPolicy.of(RankMethod.STANDARD_COMPETITION, another)).build();

    ParticipantResult result = resultOf(campaign, "a2");

    assertThat(result.overall()).isSameAs(result.overall());
    assertThat(result.inUnit()).isSameAs(result.inUnit());
    assertThat(result).isEqualTo(resultOf(SmallFactory.campaign(), "a2"));
  }

  @Test
  void resultsOfOtherParticipantsOrPlacementsAreNotEqual() {
    ParticipantResult result = resultOf(SmallFactory.campaign(), "a2");
    Placement first = new Placement("a2", 1, 1, 3, 0, Message.literal("first"));

    assertThat(result).isNotEqualTo(resultOf(SmallFactory.campaign(), "a1"))
        .isNotEqualTo(new ParticipantResult(result.participant(), result.scorecard(),
            result.grade(), first, result.inUnit()))
        .isNotEqualTo(new ParticipantResult(result.participant(), result.scorecard(),
            result.grade(), result.overall(), first))
        .isNotEqualTo("a2");
  }
}
