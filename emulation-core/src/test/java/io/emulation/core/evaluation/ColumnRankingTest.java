package io.emulation.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.ranking.RankKey;
import io.emulation.core.ranking.RankMethod;
import io.emulation.core.ranking.RankPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ColumnRankingTest {
  /** A policy by total alone, as most campaigns rank. */
  private static final RankPolicy BY_TOTAL = RankPolicy.standard();

  /**
   * a 90; b, c 80; d, e, f 70; g 60 (unscaled at two decimals), given out of id order, so that
   * only the ids can order the ties.
   */
  private static Columns tied() {
    return new Columns().add("g", 6_000).add("c", 8_000).add("e", 7_000).add("a", 9_000)
        .add("f", 7_000).add("b", 8_000).add("d", 7_000);
  }

  @Test
  void standardCompetitionSharesRanksAndSkipsWithTiesInIdOrder() {
    Listing listing = tied().rank(BY_TOTAL.withMethod(RankMethod.STANDARD_COMPETITION));

    assertThat(listing.ids).containsExactly("a", "b", "c", "d", "e", "f", "g");
    assertThat(listing.ranks).containsExactly(1, 2, 2, 4, 4, 4, 7);
    assertThat(listing.tiedWith).containsExactly(0, 1, 1, 2, 2, 2, 0);
  }

  @Test
  void denseSharesRanksAndFollowsOn() {
    Listing listing = tied().rank(BY_TOTAL.withMethod(RankMethod.DENSE));

    assertThat(listing.ids).containsExactly("a", "b", "c", "d", "e", "f", "g");
    assertThat(listing.ranks).containsExactly(1, 2, 2, 3, 3, 3, 4);
    assertThat(listing.tiedWith).containsExactly(0, 1, 1, 2, 2, 2, 0);
  }

  @Test
  void ordinalGivesEveryoneTheirOwnRankInIdOrderTiedWithNobody() {
    Listing listing = tied().rank(BY_TOTAL.withMethod(RankMethod.ORDINAL));

    assertThat(listing.ids).containsExactly("a", "b", "c", "d", "e", "f", "g");
    assertThat(listing.ranks).containsExactly(1, 2, 3, 4, 5, 6, 7);
    assertThat(listing.tiedWith).containsOnly(0);
  }

  @Test
  void byGradeThenByTotalPutsABetterGradeAheadOfAHigherTotal() {
    // grade positions: 0 is the best
    Columns columns = new Columns().add("x", 8_000, 1, false).add("z", 6_000, 1, false)
        .add("y", 7_000, 0, false);
    RankPolicy policy =
        RankPolicy.of(RankMethod.STANDARD_COMPETITION, RankKey.byGrade(), RankKey.byTotal());

    Listing listing = columns.rank(policy);

    assertThat(listing.ids).containsExactly("y", "x", "z");
    assertThat(listing.ranks).containsExactly(1, 2, 3);
  }

  @Test
  void directProductionFirstPutsDirectWorkersAheadOfAHigherTotal() {
    Columns columns = new Columns().add("m", 9_000, 0, false).add("n", 5_000, 0, true)
        .add("o", 7_000, 0, true);
    RankPolicy policy = RankPolicy.of(RankMethod.STANDARD_COMPETITION,
        RankKey.directProductionFirst(), RankKey.byTotal());

    Listing listing = columns.rank(policy);

    assertThat(listing.ids).containsExactly("o", "n", "m");
    assertThat(listing.ranks).containsExactly(1, 2, 3);
  }

  @Test
  void ofIsNullForAPolicyRankingByACriterionsPoints() {
    // a criterion's points are not in the columns
    RankPolicy policy = RankPolicy.of(RankMethod.STANDARD_COMPETITION, RankKey.byTotal(),
        RankKey.byCriterionPoints("output"));

    assertThat(tied().of(policy)).isNull();
  }

  @Test
  void ofIsNullWhenATotalIsNotKnownAsALong() {
    Columns columns = new Columns().add("a", 9_000).add("b", Long.MIN_VALUE);

    assertThat(columns.of(BY_TOTAL)).isNull();
  }

  @Test
  void aTotalNotKnownAsALongDoesNotMatterToAPolicyNotRankingByTotal() {
    Columns columns = new Columns().add("a", 9_000, 1, false).add("b", Long.MIN_VALUE, 0, false);

    assertThat(columns.rank(RankPolicy.of(RankMethod.DENSE, RankKey.byGrade())).ids)
        .containsExactly("b", "a");
  }

  @Test
  void ofIsNullWhenTheTotalsSpanTooWideToPackBesideTheIndex() {
    // 63 bits of span and 1 of index fill the long, whose sign must stay clear
    Columns columns =
        new Columns().add("a", Long.MAX_VALUE / 2).add("b", -(Long.MAX_VALUE / 2));

    assertThat(columns.of(BY_TOTAL)).isNull();
  }

  @Test
  void ofIsNullWhenTheSpanOfTotalsOverflows() {
    Columns columns = new Columns().add("a", Long.MAX_VALUE).add("b", -Long.MAX_VALUE);

    assertThat(columns.of(BY_TOTAL)).isNull();
  }

  @Test
  void rankingNobodyListsNobody() {
    Listing listing = new Columns().rank(BY_TOTAL);

    assertThat(listing.ids).isEmpty();
    assertThat(listing.ranks).isEmpty();
  }

  @Test
  void theOnlyParticipantIsFirstAndTiedWithNobody() {
    for (RankMethod method : RankMethod.values()) {
      Listing listing = new Columns().add("solo", -1_234).rank(BY_TOTAL.withMethod(method));

      assertThat(listing.ids).as("%s", method).containsExactly("solo");
      assertThat(listing.ranks).as("%s", method).containsExactly(1);
      assertThat(listing.tiedWith).as("%s", method).containsExactly(0);
    }
  }

  /** Participants' columns by place, added one by one. */
  private static final class Columns {
    private final List<String> ids = new ArrayList<>();
    private final List<Long> totals = new ArrayList<>();
    private final List<Integer> grades = new ArrayList<>();
    private final List<Boolean> direct = new ArrayList<>();

    /** A participant of the best grade, not a direct production worker. */
    Columns add(String id, long total) {
      return add(id, total, 0, false);
    }

    Columns add(String id, long total, int grade, boolean isDirect) {
      ids.add(id);
      totals.add(total);
      grades.add(grade);
      direct.add(isDirect);
      return this;
    }

    ColumnRanking of(RankPolicy policy) {
      boolean[] directs = new boolean[direct.size()];
      for (int place = 0; place < directs.length; place++) {
        directs[place] = direct.get(place);
      }
      return ColumnRanking.of(policy, ids.toArray(new String[0]),
          totals.stream().mapToLong(Long::longValue).toArray(),
          grades.stream().mapToInt(Integer::intValue).toArray(), directs, false);
    }

    /** Ranks everyone. */
    Listing rank(RankPolicy policy) {
      ColumnRanking ranking = of(policy);
      assertThat(ranking).isNotNull();
      int size = ids.size();
      int[] placeAt = new int[size];
      int[] rank = new int[size];
      int[] tiedWith = new int[size];
      ranking.rank(IntStream.range(0, size).toArray(), placeAt, rank, tiedWith);
      return new Listing(IntStream.of(placeAt).mapToObj(ids::get).toList(),
          IntStream.of(rank).boxed().toList(), IntStream.of(tiedWith).boxed().toList());
    }
  }

  /** Ids, ranks and tied-with counts, best first. */
  private record Listing(List<String> ids, List<Integer> ranks, List<Integer> tiedWith) {}
}
