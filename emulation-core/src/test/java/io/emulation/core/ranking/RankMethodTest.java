package io.emulation.core.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/**
 * The rank numbers and ties each method gives a participant in a run of participants the keys
 * cannot tell apart, and the runs it refuses.
 */
class RankMethodTest {
  /** A listing of five where the second to the fourth tie: the third run is the fifth. */
  @Test
  void standardCompetitionGivesARunTheRankOfItsStart() {
    assertThat(RankMethod.STANDARD_COMPETITION.rank(3, 1, 2)).isEqualTo(2);
    assertThat(RankMethod.STANDARD_COMPETITION.rank(4, 4, 3)).isEqualTo(5);
  }

  @Test
  void denseGivesARunTheNumberOfTheRun() {
    assertThat(RankMethod.DENSE.rank(3, 1, 2)).isEqualTo(2);
    assertThat(RankMethod.DENSE.rank(4, 4, 3)).isEqualTo(3);
  }

  @Test
  void ordinalGivesEachParticipantItsOwnPlace() {
    assertThat(RankMethod.ORDINAL.rank(3, 1, 2)).isEqualTo(4);
    assertThat(RankMethod.ORDINAL.rank(0, 0, 1)).isEqualTo(1);
  }

  @Test
  void sharedMethodsTieARunWithTheOthersInIt() {
    assertThat(RankMethod.STANDARD_COMPETITION.tiedWith(1, 3)).isEqualTo(2);
    assertThat(RankMethod.DENSE.tiedWith(1, 3)).isEqualTo(2);
    assertThat(RankMethod.DENSE.tiedWith(2, 2)).isZero();
  }

  @Test
  void ordinalTiesNobody() {
    assertThat(RankMethod.ORDINAL.tiedWith(1, 3)).isZero();
    assertThat(RankMethod.ORDINAL.tiedWith(0, 0)).isZero();
  }

  @Test
  void aRunStartingAtTheIndexOrTheTopIsAccepted() {
    assertThat(RankMethod.STANDARD_COMPETITION.rank(2, 2, 1)).isEqualTo(3);
    assertThat(RankMethod.STANDARD_COMPETITION.rank(0, 0, 1)).isEqualTo(1);
  }

  @Test
  void aRunStartingAfterTheIndexOrBeforeTheTopIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RankMethod.STANDARD_COMPETITION.rank(1, 2, 1))
        .withMessageContaining("starting at 2").withMessageContaining("index 1");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RankMethod.DENSE.rank(1, -1, 1));
  }

  @Test
  void aRunNumberBelowOneIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RankMethod.DENSE.rank(0, 0, 0))
        .withMessageContaining("as run 0");
  }

  @Test
  void aRunEndingBeforeItStartsOrStartingBeforeTheTopIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RankMethod.DENSE.tiedWith(3, 2))
        .withMessageContaining("from 3 to 2");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RankMethod.ORDINAL.tiedWith(-1, 0));
  }
}
