package io.emulation.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.org.Individual;
import io.emulation.core.org.OrgUnit;
import io.emulation.core.org.Organisation;
import io.emulation.core.org.Participant;
import org.junit.jupiter.api.Test;

class ScopeTest {
  /** f: w1 (team t1), w2. */
  private static final Organisation ORG = Organisation.builder()
      .unit(OrgUnit.root("f", "Factory"))
      .unit(OrgUnit.of("w1", "Workshop 1", "f"))
      .unit(OrgUnit.of("w2", "Workshop 2", "f"))
      .unit(OrgUnit.of("t1", "Team 1", "w1"))
      .individual(Individual.of("e1", "An", "w1"))
      .individual(Individual.of("e2", "Bình", "t1"))
      .individual(Individual.of("e3", "Chi", "w2"))
      .collective("f")
      .collective("w1")
      .collective("t1")
      .collective("w2")
      .build();

  private static Participant participant(String id) {
    return ORG.participant(id).orElseThrow();
  }

  @Test
  void everyoneIncludesEveryParticipant() {
    for (String id : new String[] {"e1", "e2", "e3", "f", "w1", "t1", "w2"}) {
      assertThat(Scope.everyone().includes(participant(id), ORG)).as(id).isTrue();
    }
  }

  @Test
  void everyoneNamesNoUnitsAndExcludesNoOne() {
    assertThat(Scope.everyone().units()).isEmpty();
    assertThat(Scope.everyone().excluded()).isEmpty();
  }

  @Test
  void unitsIncludeThePeopleInTheirSubtree() {
    Scope scope = Scope.units("w1");

    assertThat(scope.includes(participant("e1"), ORG)).isTrue();
    assertThat(scope.includes(participant("e2"), ORG)).isTrue();
    assertThat(scope.includes(participant("e3"), ORG)).isFalse();
  }

  @Test
  void unitsIncludeTheCollectivesInTheirSubtreeButNotAbove() {
    Scope scope = Scope.units("w1");

    assertThat(scope.includes(participant("w1"), ORG)).isTrue();
    assertThat(scope.includes(participant("t1"), ORG)).isTrue();
    assertThat(scope.includes(participant("f"), ORG)).isFalse();
    assertThat(scope.includes(participant("w2"), ORG)).isFalse();
  }

  @Test
  void severalUnitsIncludeAnyoneInOneOfThem() {
    Scope scope = Scope.units("t1", "w2");

    assertThat(scope.includes(participant("e2"), ORG)).isTrue();
    assertThat(scope.includes(participant("e3"), ORG)).isTrue();
    assertThat(scope.includes(participant("e1"), ORG)).isFalse();
  }

  @Test
  void excludingLeavesOutNamedParticipants() {
    Scope scope = Scope.everyone().excluding("e1", "w2");

    assertThat(scope.includes(participant("e1"), ORG)).isFalse();
    assertThat(scope.includes(participant("w2"), ORG)).isFalse();
    assertThat(scope.includes(participant("e3"), ORG)).isTrue();
  }

  @Test
  void excludingAddsToEarlierExclusions() {
    Scope scope = Scope.units("w1").excluding("e2").excluding("e1");

    assertThat(scope.excluded()).containsExactly("e1", "e2");
    assertThat(scope.units()).containsExactly("w1");
  }

  @Test
  void exclusionWinsOverAUnitInScope() {
    assertThat(Scope.units("w1").excluding("e1").includes(participant("e1"), ORG)).isFalse();
  }

  @Test
  void excludingLeavesTheOriginalScopeUnchanged() {
    Scope scope = Scope.units("w1");

    scope.excluding("e1");

    assertThat(scope.includes(participant("e1"), ORG)).isTrue();
  }

  @Test
  void scopesWithTheSameUnitsInAnyOrderAreEqual() {
    assertThat(Scope.units("w2", "w1")).isEqualTo(Scope.units("w1", "w2"));
  }
}
