package io.emulation.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableList;
import io.emulation.core.Scorecards;
import io.emulation.core.grading.Grade;
import io.emulation.core.grading.GradeDecision;
import io.emulation.core.org.Individual;
import io.emulation.core.ranking.Placement;
import io.emulation.core.ranking.RankKey;
import io.emulation.core.ranking.RankMethod;
import io.emulation.core.ranking.RankPolicy;
import io.emulation.core.ranking.Standing;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ranking from columns ranks exactly as {@link RankPolicy#rank} ranks the standings the columns
 * stand for: on seeded random participants full of ties (with ids whose order as strings is not
 * their order of making), under random policies of the keys it ranks by, everyone or any subset
 * of places, given in any order.
 */
class ColumnRankingPropertyTest {
  /** Digits sort before capitals before small letters: ids' order is String.compareTo's. */
  private static final String ID_CHARACTERS =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final List<Grade> GRADES =
      List.of(Grade.EXCELLENT, Grade.GOOD, Grade.COMPLETED, Grade.NOT_COMPLETED);

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 40);
  }

  /**
   * One seed's participants, as columns by place and as the standings they stand for (in place
   * order), with a policy of keys the columns rank by.
   */
  private record Drawn(long seed, RankPolicy policy, String[] ids, long[] totals, int[] grades,
      boolean[] direct, List<Standing> standings, boolean parallel) {

    static Drawn of(long seed) {
      SplittableRandom random = new SplittableRandom(seed);
      // now and then nobody or one participant, the edges of the packing of the index
      int size = random.nextInt(8) == 0 ? random.nextInt(2) : random.nextInt(1, 301);
      Set<String> distinct = new LinkedHashSet<>();
      while (distinct.size() < size) {
        // short ids, so that some are prefixes of others
        StringBuilder id = new StringBuilder();
        for (int length = random.nextInt(1, 5); id.length() < length; ) {
          id.append(ID_CHARACTERS.charAt(random.nextInt(ID_CHARACTERS.length())));
        }
        distinct.add(id.toString());
      }
      String[] ids = distinct.toArray(new String[0]);
      // a few totals two decimals apart make long runs of ties (longer than those put in id
      // order by insertion); a wide range, sometimes below zero, makes few
      boolean narrow = random.nextBoolean();
      long[] totals = new long[size];
      int[] grades = new int[size];
      boolean[] direct = new boolean[size];
      List<Standing> standings = new ArrayList<>();
      for (int place = 0; place < size; place++) {
        totals[place] = narrow ? 5_000 + 25 * random.nextInt(6)
            : random.nextLong(-(1L << 38), 1L << 40);
        grades[place] = random.nextInt(GRADES.size());
        direct[place] = random.nextBoolean();
        String id = ids[place];
        standings.add(new Standing(Individual.of(id, id, "w1").withDirectProduction(direct[place]),
            Scorecards.withTotal(id, BigDecimal.valueOf(totals[place], 2).toPlainString()),
            new GradeDecision(GRADES.get(grades[place]), ImmutableList.of()), grades[place]));
      }
      return new Drawn(seed, randomPolicy(random), ids, totals, grades, direct, standings,
          seed % 2 == 0);
    }

    /** One to three of the keys the columns rank by, in any order, maybe then the id. */
    private static RankPolicy randomPolicy(SplittableRandom random) {
      List<RankKey> keys = new ArrayList<>(List.of(
          RankKey.byTotal(), RankKey.byGrade(), RankKey.directProductionFirst()));
      Collections.shuffle(keys, new Random(random.nextLong()));
      keys = new ArrayList<>(keys.subList(0, random.nextInt(1, 4)));
      if (random.nextBoolean()) {
        keys.add(RankKey.byParticipantId());
      }
      RankMethod method = RankMethod.values()[random.nextInt(RankMethod.values().length)];
      return new RankPolicy(method, ImmutableList.copyOf(keys));
    }

    ColumnRanking ranking() {
      ColumnRanking ranking = ColumnRanking.of(policy, ids, totals, grades, direct, parallel);
      assertThat(ranking).as("%s", this).isNotNull();
      return ranking;
    }

    /** Each place with a chance drawn once per subset, in increasing order, like a unit's. */
    int[] subset(SplittableRandom random) {
      double chance = random.nextDouble();
      return IntStream.range(0, ids.length).filter(place -> random.nextDouble() < chance)
          .toArray();
    }

    @Override
    public String toString() {
      return "seed " + seed + ", " + policy + ", parallel " + parallel + ", " + ids.length
          + " participants";
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyoneAndASubsetRankAsThePolicyRanksTheirStandings(long seed) {
    Drawn drawn = Drawn.of(seed);
    ColumnRanking ranking = drawn.ranking();
    SplittableRandom random = new SplittableRandom(~seed);

    int[] everyone = IntStream.range(0, drawn.ids.length).toArray();
    assertThat(listing(drawn, ranking, everyone)).as("%s, everyone", drawn)
        .containsExactlyElementsOf(byPolicy(drawn, everyone));
    for (int i = 0; i < 3; i++) {
      int[] subset = drawn.subset(random);
      assertThat(listing(drawn, ranking, subset)).as("%s, places %s", drawn,
              Arrays.toString(subset))
          .containsExactlyElementsOf(byPolicy(drawn, subset));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theListingOfASubsetDoesNotDependOnTheOrderOfItsPlaces(long seed) {
    Drawn drawn = Drawn.of(seed);
    ColumnRanking ranking = drawn.ranking();
    SplittableRandom random = new SplittableRandom(~seed);
    int[] subset = drawn.subset(random);
    List<Tuple> inOrder = listing(drawn, ranking, subset);

    for (int i = 0; i < 5; i++) {
      // the places' order decides the order of equal keys before the ids do: it must not show
      List<Integer> shuffled = new ArrayList<>(Arrays.stream(subset).boxed().toList());
      Collections.shuffle(shuffled, new Random(random.nextLong()));
      int[] places = shuffled.stream().mapToInt(Integer::intValue).toArray();

      assertThat(listing(drawn, ranking, places)).as("%s, places %s", drawn, shuffled)
          .containsExactlyElementsOf(inOrder);
    }
  }

  /** Ranks the places from the columns: each listing index's id, rank and tied-with count. */
  private static List<Tuple> listing(Drawn drawn, ColumnRanking ranking, int[] places) {
    int size = places.length;
    int[] placeAt = new int[size];
    int[] rank = new int[size];
    int[] tiedWith = new int[size];
    ranking.rank(places, placeAt, rank, tiedWith);
    return IntStream.range(0, size)
        .mapToObj(i -> tuple(drawn.ids[placeAt[i]], rank[i], tiedWith[i])).toList();
  }

  /** Ranks the places' standings by the policy: the same, placement by placement. */
  private static List<Tuple> byPolicy(Drawn drawn, int[] places) {
    List<Placement> placements = drawn.policy.rank(
        Arrays.stream(places).mapToObj(drawn.standings::get).toList());
    return placements.stream()
        .map(placement -> tuple(placement.participantId(), placement.rank(),
            placement.tiedWith()))
        .toList();
  }
}
