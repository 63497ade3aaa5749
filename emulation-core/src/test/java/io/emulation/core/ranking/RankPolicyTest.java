package io.emulation.core.ranking;

import static io.emulation.core.Scorecards.card;
import static io.emulation.core.ranking.Standings.withTotal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableList;
import io.emulation.core.Scorecards;
import io.emulation.core.org.Collective;
import io.emulation.core.org.Individual;
import io.emulation.core.text.Message;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RankPolicyTest {
  /**
   * a 90; b, c 80; d, e, f 70; g 60 — given out of order. Ids order the ties.
   */
  private static final List<Standing> TIED = List.of(
      withTotal("g", "60"), withTotal("c", "80"), withTotal("e", "70.0"), withTotal("a", "90"),
      withTotal("f", "70"), withTotal("b", "80.00"), withTotal("d", "70"));

  /** The same totals at one scale, which are sorted as longs. */
  private static final List<Standing> TIED_AT_ONE_SCALE = List.of(
      withTotal("g", "60.00"), withTotal("c", "80.00"), withTotal("e", "70.00"),
      withTotal("a", "90.00"), withTotal("f", "70.00"), withTotal("b", "80.00"),
      withTotal("d", "70.00"));

  static Stream<List<Standing>> tiedTotals() {
    return Stream.of(TIED, TIED_AT_ONE_SCALE);
  }

  private static List<Placement> rank(RankMethod method, List<Standing> standings) {
    return RankPolicy.of(method, RankKey.byTotal()).rank(standings);
  }

  @ParameterizedTest
  @MethodSource("tiedTotals")
  void standardCompetitionSharesRanksAndSkips(List<Standing> tied) {
    List<Placement> placements = rank(RankMethod.STANDARD_COMPETITION, tied);

    assertThat(placements).extracting(Placement::participantId)
        .containsExactly("a", "b", "c", "d", "e", "f", "g");
    assertThat(placements).extracting(Placement::rank).containsExactly(1, 2, 2, 4, 4, 4, 7);
  }

  @Test
  void denseSharesRanksAndFollowsOn() {
    assertThat(rank(RankMethod.DENSE, TIED)).extracting(Placement::rank)
        .containsExactly(1, 2, 2, 3, 3, 3, 4);
  }

  @Test
  void ordinalGivesEveryoneTheirOwnRankInIdOrder() {
    List<Placement> placements = rank(RankMethod.ORDINAL, TIED);

    assertThat(placements).extracting(Placement::participantId)
        .containsExactly("a", "b", "c", "d", "e", "f", "g");
    assertThat(placements).extracting(Placement::rank).containsExactly(1, 2, 3, 4, 5, 6, 7);
  }

  @Test
  void positionsNumberTheListingWhateverTheMethod() {
    for (RankMethod method : RankMethod.values()) {
      assertThat(rank(method, TIED)).as("%s", method).extracting(Placement::position)
          .containsExactly(1, 2, 3, 4, 5, 6, 7);
    }
  }

  @Test
  void everyPlacementKnowsHowManyWereRanked() {
    assertThat(rank(RankMethod.DENSE, TIED)).extracting(Placement::of).containsOnly(7);
  }

  @Test
  void tiedWithCountsTheOthersSharingTheRank() {
    assertThat(rank(RankMethod.STANDARD_COMPETITION, TIED)).extracting(Placement::tiedWith)
        .containsExactly(0, 1, 1, 2, 2, 2, 0);
    assertThat(rank(RankMethod.DENSE, TIED)).extracting(Placement::tiedWith)
        .containsExactly(0, 1, 1, 2, 2, 2, 0);
  }

  @Test
  void ordinalRanksAreNeverTied() {
    assertThat(rank(RankMethod.ORDINAL, TIED)).extracting(Placement::tiedWith).containsOnly(0);
  }

  @Test
  void rankingNothingGivesNoPlacements() {
    assertThat(RankPolicy.standard().rank(List.of())).isEmpty();
  }

  @Test
  void participantIdOrdersTiesButDoesNotSeparateTheirRanks() {
    List<Placement> placements =
        rank(RankMethod.STANDARD_COMPETITION, List.of(withTotal("z", "80"), withTotal("m", "80")));

    assertThat(placements).extracting(Placement::participantId).containsExactly("m", "z");
    assertThat(placements).extracting(Placement::rank).containsExactly(1, 1);
  }

  @Test
  void participantIdDeclaredAsLastKeyStillDoesNotSeparateRanks() {
    RankPolicy policy = RankPolicy.of(RankMethod.STANDARD_COMPETITION, RankKey.byTotal(),
        RankKey.byParticipantId());

    List<Placement> placements = policy.rank(TIED);

    assertThat(placements).extracting(Placement::rank).containsExactly(1, 2, 2, 4, 4, 4, 7);
    assertThat(placements).extracting(Placement::tiedWith).containsExactly(0, 1, 1, 2, 2, 2, 0);
  }

  @Test
  void byGradeThenByTotalPutsABetterGradeAheadOfAHigherTotal() {
    Standing vetoed = Standings.of(Individual.of("x", "x", "w1"),
        card("x").line("output", "80").vetoFailed("safety", "15").build());
    Standing good = withTotal("y", "80");
    Standing completed = withTotal("z", "60");
    RankPolicy policy =
        RankPolicy.of(RankMethod.STANDARD_COMPETITION, RankKey.byGrade(), RankKey.byTotal());

    List<Placement> placements = policy.rank(List.of(vetoed, completed, good));

    assertThat(placements).extracting(Placement::participantId).containsExactly("y", "x", "z");
    assertThat(placements).extracting(Placement::rank).containsExactly(1, 2, 3);
  }

  @Test
  void byTotalAloneIgnoresTheGrade() {
    Standing vetoed = Standings.of(Individual.of("x", "x", "w1"),
        card("x").line("output", "80").vetoFailed("safety", "15").build());

    assertThat(RankPolicy.standard().rank(List.of(withTotal("y", "80"), vetoed)))
        .extracting(Placement::participantId).containsExactly("x", "y");
  }

  @Test
  void byCriterionPointsBreaksATieOnTotal() {
    Standing p = Standings.of(Individual.of("p", "p", "w1"),
        card("p").line("output", "40").line("safety", "40").build());
    Standing q = Standings.of(Individual.of("q", "q", "w1"),
        card("q").line("output", "50").line("safety", "30").build());
    RankPolicy policy = RankPolicy.of(RankMethod.STANDARD_COMPETITION, RankKey.byTotal(),
        RankKey.byCriterionPoints("output"));

    List<Placement> placements = policy.rank(List.of(p, q));

    assertThat(placements).extracting(Placement::participantId).containsExactly("q", "p");
    assertThat(placements).extracting(Placement::rank).containsExactly(1, 2);
    assertThat(placements).extracting(placement -> placement.explanation().toString())
        .containsExactly("total 80, output 50", "total 80, output 40");
  }

  @Test
  void byCriterionPointsCountsAMissingLineAsZero() {
    Standing without = Standings.of(Individual.of("a", "a", "w1"),
        card("a").line("safety", "0.01").build());
    Standing negative = Standings.of(Individual.of("b", "b", "w1"),
        card("b").line("initiative", "-1").build());
    RankPolicy policy =
        RankPolicy.of(RankMethod.STANDARD_COMPETITION, RankKey.byCriterionPoints("initiative"));

    assertThat(policy.rank(List.of(negative, without))).extracting(Placement::participantId)
        .containsExactly("a", "b");
  }

  @Test
  void directProductionFirstBreaksATieOnTotal() {
    Standing office = Standings.of(Individual.of("a", "a", "w1"),
        Scorecards.withTotal("a", "80"));
    Standing worker = Standings.of(Individual.of("b", "b", "w1").withDirectProduction(true),
        Scorecards.withTotal("b", "80"));
    RankPolicy policy = RankPolicy.of(RankMethod.STANDARD_COMPETITION, RankKey.byTotal(),
        RankKey.directProductionFirst());

    List<Placement> placements = policy.rank(List.of(office, worker));

    assertThat(placements).extracting(Placement::participantId).containsExactly("b", "a");
    assertThat(placements).extracting(Placement::rank).containsExactly(1, 2);
    assertThat(placements).extracting(placement -> placement.explanation().toString())
        .containsExactly("total 80, direct production", "total 80, not direct production");
  }

  @Test
  void collectivesCountAsNotDirectProduction() {
    Standing unit = Standings.of(new Collective("a", "Workshop", "f"),
        Scorecards.withTotal("a", "80"));
    Standing worker = Standings.of(Individual.of("b", "b", "w1").withDirectProduction(true),
        Scorecards.withTotal("b", "80"));

    assertThat(RankPolicy.of(RankMethod.DENSE, RankKey.directProductionFirst())
        .rank(List.of(unit, worker))).extracting(Placement::participantId)
        .containsExactly("b", "a");
  }

  @Test
  void laterKeysOnlyBreakTiesOfEarlierOnes() {
    Standing higher = Standings.of(Individual.of("a", "a", "w1"),
        Scorecards.withTotal("a", "81"));
    Standing worker = Standings.of(Individual.of("b", "b", "w1").withDirectProduction(true),
        Scorecards.withTotal("b", "80"));
    RankPolicy policy = RankPolicy.of(RankMethod.STANDARD_COMPETITION, RankKey.byTotal(),
        RankKey.directProductionFirst());

    assertThat(policy.rank(List.of(worker, higher))).extracting(Placement::participantId)
        .containsExactly("a", "b");
  }

  @Test
  void participantIdMustBeTheLastKey() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RankPolicy.of(RankMethod.STANDARD_COMPETITION,
            RankKey.byParticipantId(), RankKey.byTotal()))
        .withMessageStartingWith("participant id can only be the last rank key, but keys were");
  }

  @Test
  void participantIdTwiceIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RankPolicy.of(RankMethod.STANDARD_COMPETITION, RankKey.byTotal(),
            RankKey.byParticipantId(), RankKey.byParticipantId()))
        .withMessageStartingWith("participant id can only be the last rank key");
  }

  @Test
  void policyNeedsAtLeastOneKey() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RankPolicy(RankMethod.DENSE, ImmutableList.of()))
        .withMessage("a rank policy needs at least one key");
  }

  @Test
  void standardPolicyRanksByTotalWithSharedSkippingRanks() {
    assertThat(RankPolicy.standard())
        .isEqualTo(RankPolicy.of(RankMethod.STANDARD_COMPETITION, RankKey.byTotal()));
  }

  @Test
  void withMethodKeepsTheKeys() {
    RankPolicy dense = RankPolicy.of(RankMethod.STANDARD_COMPETITION, RankKey.byGrade(),
        RankKey.byTotal()).withMethod(RankMethod.DENSE);

    assertThat(dense.method()).isEqualTo(RankMethod.DENSE);
    assertThat(dense.keys()).containsExactly(RankKey.byGrade(), RankKey.byTotal());
  }

  @Test
  void keysDescribeThemselves() {
    assertThat(RankKey.byTotal().describe()).isEqualTo("total, highest first");
    assertThat(RankKey.byGrade().describe()).isEqualTo("grade, best first");
    assertThat(RankKey.byCriterionPoints("output").describe())
        .isEqualTo("output points, highest first");
    assertThat(RankKey.directProductionFirst().describe())
        .isEqualTo("direct production workers first");
    assertThat(RankKey.byParticipantId().describe()).isEqualTo("participant id");
  }

  @Test
  void explanationListsEveryKeysValue() {
    RankPolicy policy =
        RankPolicy.of(RankMethod.STANDARD_COMPETITION, RankKey.byGrade(), RankKey.byTotal());

    assertThat(policy.rank(List.of(withTotal("a", "87.50"))).get(0).explanation().toString())
        .isEqualTo("grade GOOD, total 87.50");
  }

  @Test
  void participantIdKeyOrdersIdsAscending() {
    RankKey byId = RankKey.byParticipantId();

    assertThat(byId.compare(withTotal("a", "10"), withTotal("b", "90"))).isNegative();
    assertThat(byId.compare(withTotal("b", "10"), withTotal("a", "90"))).isPositive();
    assertThat(byId.compare(withTotal("a", "10"), withTotal("a", "90"))).isZero();
  }

  @Test
  void explanationOfAPolicyEndingInParticipantIdShowsTheId() {
    RankPolicy policy = RankPolicy.of(RankMethod.STANDARD_COMPETITION, RankKey.byTotal(),
        RankKey.byParticipantId());

    assertThat(policy.rank(List.of(withTotal("m", "80"))).get(0).explanation().toString())
        .isEqualTo("total 80, id m");
  }

  @Test
  void placementExplainsATieWithOneOther() {
    assertThat(new Placement("b", 2, 2, 40, 1, Message.literal("total 87.50")).explain())
        .isEqualTo("rank 2 of 40 (tied with 1 other; total 87.50)");
  }

  @Test
  void placementExplainsATieWithSeveralOthers() {
    assertThat(new Placement("d", 4, 5, 7, 2, Message.literal("total 70")).explain())
        .isEqualTo("rank 4 of 7 (tied with 2 others; total 70)");
  }

  @Test
  void placementExplainsAnUntiedRank() {
    assertThat(rank(RankMethod.STANDARD_COMPETITION, TIED).get(0).explain())
        .isEqualTo("rank 1 of 7 (total 90)");
  }
  @Test
  void placementOfBuiltInKeysEqualsTheSamePlacementWithItsExplanationGiven() {
    RankPolicy policy = RankPolicy.of(RankMethod.STANDARD_COMPETITION, RankKey.byGrade(),
        RankKey.byTotal(), RankKey.byParticipantId());
    Placement placement = policy.rank(TIED).get(4);

    Placement given = new Placement(placement.participantId(), placement.rank(),
        placement.position(), placement.of(), placement.tiedWith(), placement.explanation());

    assertThat(placement).isEqualTo(given).hasSameHashCodeAs(given)
        .hasToString("Placement[participantId=e, rank=4, position=5, of=7, tiedWith=2,"
            + " explanation=grade COMPLETED, total 70.0, id e]");
    assertThat(placement.explain(Locale.forLanguageTag("vi")))
        .isEqualTo(given.explain(Locale.forLanguageTag("vi")));
  }

  @Test
  void placementsDifferingInAnyPartAreNotEqual() {
    Placement placement = new Placement("b", 2, 2, 40, 1, Message.literal("total 87.50"));

    assertThat(placement)
        .isNotEqualTo(new Placement("c", 2, 2, 40, 1, Message.literal("total 87.50")))
        .isNotEqualTo(new Placement("b", 3, 2, 40, 1, Message.literal("total 87.50")))
        .isNotEqualTo(new Placement("b", 2, 3, 40, 1, Message.literal("total 87.50")))
        .isNotEqualTo(new Placement("b", 2, 2, 41, 1, Message.literal("total 87.50")))
        .isNotEqualTo(new Placement("b", 2, 2, 40, 0, Message.literal("total 87.50")))
        .isNotEqualTo(new Placement("b", 2, 2, 40, 1, Message.literal("total 87.5")))
        .isNotEqualTo("b");
  }

  @Test
  void placementOfAnotherKeyKeepsTheExplanationItWasRankedWith() {
    AtomicInteger asked = new AtomicInteger();
    RankKey counted = new RankKey() {
      @Override
      public int compare(Standing a, Standing b) {
        return 0;
      }

      @Override
      public Message description() {
        return Message.literal("counted");
      }

      @Override
      public Message value(Standing standing) {
        asked.incrementAndGet();
        return Message.literal("value of " + standing.participantId());
      }
    };
    Placement placement = RankPolicy.of(RankMethod.STANDARD_COMPETITION, counted)
        .rank(List.of(withTotal("a", "10"))).get(0);
    placement.explain();
    placement.explanation();

    assertThat(asked).hasValue(1);
    assertThat(placement.explanation()).hasToString("value of a");
  }

  @Test
  void policiesOfTheNestedKeysHaveOnlyBuiltInKeys() {
    assertThat(RankPolicy.of(RankMethod.DENSE, RankKey.byGrade(), RankKey.byTotal(),
        RankKey.byCriterionPoints("output"), RankKey.directProductionFirst(),
        RankKey.byParticipantId()).hasOnlyBuiltInKeys()).isTrue();
  }

  @Test
  void aKeyOfAnotherTypeIsNotBuiltIn() {
    RankKey another = RankKeys.anotherType(RankKey.byGrade());

    assertThat(RankPolicy.of(RankMethod.DENSE, RankKey.byTotal(), another).hasOnlyBuiltInKeys())
        .isFalse();
  }

  @Test
  void explanationOfAStandingIsWhatItsPlacementShows() {
    RankPolicy policy = RankPolicy.of(RankMethod.DENSE, RankKey.byGrade(), RankKey.byTotal());
    Standing standing = withTotal("a", "87.50");

    assertThat(policy.explanation(standing))
        .isEqualTo(policy.rank(List.of(standing)).get(0).explanation())
        .hasToString("grade GOOD, total 87.50");
  }

  @Test
  void placementMadeByThePolicyIsExplainedByItsKeys() {
    RankPolicy policy = RankPolicy.of(RankMethod.DENSE, RankKey.byGrade(), RankKey.byTotal());
    Standing standing = withTotal("a", "87.50");

    Placement placement = policy.placement(standing, 2, 3, 40, 1);

    assertThat(List.of(placement.participantId(), placement.rank(), placement.position(),
        placement.of(), placement.tiedWith())).containsExactly("a", 2, 3, 40, 1);
    assertThat(placement.explain()).isEqualTo("rank 2 of 40 (tied with 1 other; grade GOOD, "
        + "total 87.50)");
    assertThat(placement.explanation()).isEqualTo(policy.explanation(standing));
  }

  @Test
  void totalsTooFarApartToShareALongWithAPositionStillRankHighestFirst() {
    // the span, 8E+18, needs 63 bits, leaving none for the position among four
    List<Standing> wide = List.of(withTotal("d", "0"), withTotal("b", "4000000000000000000"),
        withTotal("c", "0"), withTotal("a", "-4000000000000000000"));

    assertThat(rank(RankMethod.STANDARD_COMPETITION, wide))
        .extracting(Placement::participantId, Placement::rank)
        .containsExactly(tuple("b", 1), tuple("c", 2), tuple("d", 2), tuple("a", 4));
  }

  @Test
  void totalsWhoseSpanOverflowsALongStillRankHighestFirst() {
    List<Standing> extreme = List.of(withTotal("c", "-9000000000000000000"),
        withTotal("a", "9000000000000000000"), withTotal("b", "0"));

    assertThat(rank(RankMethod.DENSE, extreme)).extracting(Placement::participantId)
        .containsExactly("a", "b", "c");
  }

  @Test
  void totalsSpanningAllTheBitsAnIndexLeavesRankHighestFirst() {
    // two participants take one bit of index: a span of 2^62 - 1 needs the other 62
    List<Standing> widest = List.of(withTotal("b", "0"), withTotal("a", "4611686018427387903"));

    assertThat(rank(RankMethod.STANDARD_COMPETITION, widest))
        .extracting(Placement::participantId).containsExactly("a", "b");
  }

  @Test
  void totalsSpanningOneBitMoreThanAnIndexLeavesRankHighestFirst() {
    List<Standing> tooWide = List.of(withTotal("b", "0"), withTotal("a", "4611686018427387904"));

    assertThat(rank(RankMethod.STANDARD_COMPETITION, tooWide))
        .extracting(Placement::participantId).containsExactly("a", "b");
  }

  @Test
  void theLowestTotalALongHoldsRanksLast() {
    List<Standing> lowest = List.of(withTotal("a", "-9223372036854775808"),
        withTotal("b", "-9223372036854775807"), withTotal("c", "-9223372036854775808"));

    assertThat(rank(RankMethod.STANDARD_COMPETITION, lowest))
        .extracting(Placement::participantId, Placement::rank)
        .containsExactly(tuple("b", 1), tuple("a", 2), tuple("c", 2));
  }
}
