package io.emulation.core.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DisciplinaryLevelTest {

  @ParameterizedTest
  @EnumSource(DisciplinaryLevel.class)
  void everyLevelIsAtLeastItself(DisciplinaryLevel level) {
    assertThat(level.isAtLeast(level)).isTrue();
  }

  @ParameterizedTest
  @EnumSource(DisciplinaryLevel.class)
  void everyLevelIsAtLeastNone(DisciplinaryLevel level) {
    assertThat(level.isAtLeast(DisciplinaryLevel.NONE)).isTrue();
  }

  @Test
  void warningIsAtLeastReprimandButNotTheOtherWayRound() {
    assertThat(DisciplinaryLevel.WARNING.isAtLeast(DisciplinaryLevel.REPRIMAND)).isTrue();
    assertThat(DisciplinaryLevel.REPRIMAND.isAtLeast(DisciplinaryLevel.WARNING)).isFalse();
  }

  @Test
  void noneIsBelowReprimand() {
    assertThat(DisciplinaryLevel.NONE.isAtLeast(DisciplinaryLevel.REPRIMAND)).isFalse();
  }

  @Test
  void dismissalIsTheMostSevere() {
    assertThat(DisciplinaryLevel.DISMISSAL.isAtLeast(DisciplinaryLevel.REMOVAL_FROM_POST))
        .isTrue();
    assertThat(DisciplinaryLevel.REMOVAL_FROM_POST.isAtLeast(DisciplinaryLevel.DISMISSAL))
        .isFalse();
  }
}
