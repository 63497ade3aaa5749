package io.emulation.core.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.emulation.core.Scorecards;
import io.emulation.core.org.Individual;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ranking random standings full of ties: the placements never depend on input order, ranks never
 * fall along the listing, and each rank agrees with a brute-force count of who is ahead.
 */
class RankPolicyPropertyTest {
  private static final List<List<RankKey>> KEY_LISTS = List.of(
      List.of(RankKey.byTotal()),
      List.of(RankKey.byGrade(), RankKey.byTotal()),
      List.of(RankKey.byTotal(), RankKey.byCriterionPoints("output")),
      List.of(RankKey.byGrade(), RankKey.directProductionFirst(),
          RankKey.byCriterionPoints("safety")),
      List.of(RankKey.byTotal(), RankKey.directProductionFirst(), RankKey.byParticipantId()));

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 20);
  }

  /** Up to 40 individuals with few distinct line values, so ties are common. */
  private static List<Standing> randomStandings(SplittableRandom random) {
    int size = random.nextInt(0, 41);
    List<Integer> numbers = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      numbers.add(i);
    }
    Collections.shuffle(numbers, new Random(random.nextLong()));
    List<Standing> standings = new ArrayList<>();
    for (int number : numbers) {
      String id = String.format("p%02d", number);
      Scorecards card = Scorecards.card(id)
          .line("output", Integer.toString(10 * random.nextInt(3, 7)))
          .line("safety", Integer.toString(10 * random.nextInt(0, 3)));
      if (random.nextInt(5) == 0) {
        card.vetoFailed("fire", "0");
      }
      Individual person = Individual.of(id, id, "w1").withDirectProduction(random.nextBoolean());
      standings.add(Standings.of(person, card.build()));
    }
    return standings;
  }

  private static RankPolicy randomPolicy(SplittableRandom random) {
    RankMethod method = RankMethod.values()[random.nextInt(RankMethod.values().length)];
    return new RankPolicy(method, ImmutableList.copyOf(
        KEY_LISTS.get(random.nextInt(KEY_LISTS.size()))));
  }

  /** Whether the keys other than participant id put {@code a} strictly ahead of {@code b}. */
  private static boolean ahead(RankPolicy policy, Standing a, Standing b) {
    for (RankKey key : policy.keys()) {
      if (key instanceof RankKey.ByParticipantId) {
        return false;
      }
      int order = key.compare(a, b);
      if (order != 0) {
        return order < 0;
      }
    }
    return false;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void shufflingTheInputNeverChangesThePlacements(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Standing> standings = randomStandings(random);
    RankPolicy policy = randomPolicy(random);
    List<Placement> expected = policy.rank(standings);

    for (int i = 0; i < 5; i++) {
      List<Standing> shuffled = new ArrayList<>(standings);
      Collections.shuffle(shuffled, new Random(random.nextLong()));

      assertThat(policy.rank(shuffled)).as("seed %d, %s", seed, policy).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void ranksNeverFallAlongTheListing(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Standing> standings = randomStandings(random);
    RankPolicy policy = randomPolicy(random);

    List<Placement> placements = policy.rank(standings);

    assertThat(placements).as("seed %d, %s", seed, policy)
        .extracting(Placement::rank).isSorted();
    assertThat(placements).as("seed %d, %s", seed, policy)
        .extracting(Placement::position)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, standings.size())
            .mapToObj(n -> (int) n).toList());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void standardCompetitionRankIsOnePlusTheNumberStrictlyAhead(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Standing> standings = randomStandings(random);
    RankPolicy policy = randomPolicy(random).withMethod(RankMethod.STANDARD_COMPETITION);

    for (Placement placement : policy.rank(standings)) {
      Standing self = standings.stream()
          .filter(s -> s.participantId().equals(placement.participantId())).findFirst()
          .orElseThrow();
      long aheadCount = standings.stream().filter(other -> ahead(policy, other, self)).count();
      long tiedCount = standings.stream()
          .filter(other -> other != self && !ahead(policy, other, self)
              && !ahead(policy, self, other))
          .count();

      assertThat(placement.rank()).as("seed %d, %s, %s", seed, policy, placement)
          .isEqualTo(1 + aheadCount);
      assertThat(placement.tiedWith()).as("seed %d, %s, %s", seed, policy, placement)
          .isEqualTo(tiedCount);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void denseRankIsOnePlusTheNumberOfDistinctPlacesAhead(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Standing> standings = randomStandings(random);
    RankPolicy policy = randomPolicy(random).withMethod(RankMethod.DENSE);

    for (Placement placement : policy.rank(standings)) {
      Standing self = standings.stream()
          .filter(s -> s.participantId().equals(placement.participantId())).findFirst()
          .orElseThrow();
      List<Standing> places = new ArrayList<>();
      standings.stream().filter(other -> ahead(policy, other, self)).forEach(other -> {
        if (places.stream().allMatch(p -> ahead(policy, p, other) || ahead(policy, other, p))) {
          places.add(other);
        }
      });

      assertThat(placement.rank()).as("seed %d, %s, %s", seed, policy, placement)
          .isEqualTo(1 + places.size());
    }
  }
  @ParameterizedTest
  @MethodSource("seeds")
  void explanationsMadeAgainWhenReadEqualThoseKeptByKeysOfAnotherType(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Standing> standings = randomStandings(random);
    RankPolicy policy = randomPolicy(random);
    RankPolicy keptExplanations = new RankPolicy(policy.method(), policy.keys().stream()
        .map(RankPolicyPropertyTest::asAnotherType).collect(ImmutableList.toImmutableList()));

    assertThat(policy.rank(standings)).as("seed %d, %s", seed, policy)
        .isEqualTo(keptExplanations.rank(standings))
        .extracting(Placement::explain)
        .isEqualTo(keptExplanations.rank(standings).stream().map(Placement::explain).toList());
  }

  @ParameterizedTest
  @MethodSource("largeSeeds")
  void aLargeRankingSortedOnSeveralThreadsEqualsOneSortedByKeysOfAnotherType(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Standing> standings = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      String id = String.format("p%05d", random.nextInt(1_000_000)) + "-" + i;
      // two decimals, as a campaign rounds totals, over few values: long runs of ties
      Scorecards card = Scorecards.card(id)
          .line("output", String.format("%d.%02d", random.nextInt(40, 60), 25 * random.nextInt(4)))
          .line("safety", Integer.toString(10 * random.nextInt(0, 3)));
      standings.add(Standings.of(Individual.of(id, id, "w1")
          .withDirectProduction(random.nextBoolean()), card.build()));
    }
    RankPolicy policy = randomPolicy(random);
    RankPolicy onOneThread = new RankPolicy(policy.method(), policy.keys().stream()
        .map(RankPolicyPropertyTest::asAnotherType).collect(ImmutableList.toImmutableList()));

    assertThat(policy.rank(standings)).as("seed %d, %s", seed, policy)
        .isEqualTo(onOneThread.rank(standings));
  }

  @Test
  void oneLongRunOfEqualTotalsSortedOnSeveralThreadsEqualsOneSortedByKeysOfAnotherType() {
    SplittableRandom random = new SplittableRandom(7);
    List<Standing> standings = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      String id = String.format("p%05d", random.nextInt(100_000)) + "-" + i;
      standings.add(Standings.of(Individual.of(id, id, "w1")
              .withDirectProduction(random.nextBoolean()),
          Scorecards.card(id).line("output", "50.00").build()));
    }
    RankPolicy policy = RankPolicy.of(RankMethod.DENSE, RankKey.byTotal(),
        RankKey.directProductionFirst());
    RankPolicy onOneThread = new RankPolicy(policy.method(), policy.keys().stream()
        .map(RankPolicyPropertyTest::asAnotherType).collect(ImmutableList.toImmutableList()));

    assertThat(policy.rank(standings)).isEqualTo(onOneThread.rank(standings))
        .extracting(Placement::rank).containsOnly(1, 2);
  }

  static LongStream largeSeeds() {
    return LongStream.rangeClosed(1, 5);
  }

  /**
   * The key behind a type of the test's own, whose placements keep their explanations as made
   * (a built-in participant-id key stays itself: it must be the last key, which is checked by
   * identity with the built-in one).
   */
  private static RankKey asAnotherType(RankKey key) {
    return key instanceof RankKey.ByParticipantId ? key : RankKeys.anotherType(key);
  }
}
