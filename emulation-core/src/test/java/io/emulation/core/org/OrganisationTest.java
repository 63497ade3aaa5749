package io.emulation.core.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.emulation.core.InvalidDefinitionException;
import io.emulation.core.Problem;
import org.junit.jupiter.api.Test;

class OrganisationTest {

  /** Factory f: workshops w1 and w2; team t1 in w1; e1, e2 in w1, e3 in t1, e4 in w2. */
  private static Organisation factory() {
    return Organisation.builder()
        .unit(OrgUnit.root("f", "Nhà máy Z"))
        .unit(OrgUnit.of("w1", "Phân xưởng 1", "f"))
        .unit(OrgUnit.of("w2", "Phân xưởng 2", "f"))
        .unit(OrgUnit.of("t1", "Tổ 1", "w1"))
        .individual(Individual.of("e3", "Lê Văn C", "t1"))
        .individual(Individual.of("e1", "Nguyễn Văn An", "w1"))
        .individual(Individual.of("e4", "Phạm Thị D", "w2"))
        .individual(Individual.of("e2", "Trần Thị B", "w1"))
        .collective("w1")
        .collective("f")
        .collective("t1")
        .build();
  }

  private static InvalidDefinitionException buildFails(Organisation.Builder builder) {
    return catchThrowableOfType(InvalidDefinitionException.class, builder::build);
  }

  @Test
  void buildKeepsUnitsAndIndividualsInTheOrderAdded() {
    Organisation org = factory();

    assertThat(org.units()).extracting(OrgUnit::id).containsExactly("f", "w1", "w2", "t1");
    assertThat(org.individuals()).extracting(Individual::id)
        .containsExactly("e3", "e1", "e4", "e2");
  }

  @Test
  void collectivesAreListedInTheOrderDeclared() {
    assertThat(factory().collectives()).extracting(Collective::id)
        .containsExactly("w1", "f", "t1");
  }

  @Test
  void emptyOrganisationBuilds() {
    Organisation org = Organisation.builder().build();

    assertThat(org.units()).isEmpty();
    assertThat(org.individuals()).isEmpty();
  }

  @Test
  void duplicateUnitIdIsAProblem() {
    InvalidDefinitionException e = buildFails(Organisation.builder()
        .unit(OrgUnit.root("f", "Factory"))
        .unit(OrgUnit.of("w1", "Workshop", "f"))
        .unit(OrgUnit.of("w1", "Workshop again", "f")));

    assertThat(e.problems())
        .extracting(Problem::toString).containsExactly("units/w1: duplicate unit id 'w1'");
  }

  @Test
  void duplicateIndividualIdIsAProblem() {
    InvalidDefinitionException e = buildFails(Organisation.builder()
        .unit(OrgUnit.root("f", "Factory"))
        .individual(Individual.of("e1", "An", "f"))
        .individual(Individual.of("e1", "Another An", "f")));

    assertThat(e.problems())
        .extracting(Problem::toString).containsExactly(
            "individuals/e1: duplicate individual id 'e1'");
  }

  @Test
  void unknownParentIsAProblem() {
    InvalidDefinitionException e = buildFails(Organisation.builder()
        .unit(OrgUnit.root("f", "Factory"))
        .unit(OrgUnit.of("w1", "Workshop", "nowhere")));

    assertThat(e.problems()).extracting(Problem::toString).containsExactly(
        "units/w1: parent unit 'nowhere' of unit 'w1' does not exist");
  }

  @Test
  void individualInUnknownUnitIsAProblem() {
    InvalidDefinitionException e = buildFails(Organisation.builder()
        .unit(OrgUnit.root("f", "Factory"))
        .individual(Individual.of("e1", "An", "w9")));

    assertThat(e.problems())
        .extracting(Problem::toString).containsExactly(
            "individuals/e1: individual 'e1' is in unit 'w9', which does not exist");
  }

  @Test
  void twoRootsAreAProblemNamingBoth() {
    InvalidDefinitionException e = buildFails(Organisation.builder()
        .unit(OrgUnit.root("f", "Factory"))
        .unit(OrgUnit.root("g", "Other factory")));

    assertThat(e.problems()).extracting(Problem::toString).containsExactly(
        "units: the units must have one root but have 2: [f, g]");
  }

  @Test
  void noRootIsAProblem() {
    InvalidDefinitionException e = buildFails(Organisation.builder()
        .unit(OrgUnit.of("a", "A", "b"))
        .unit(OrgUnit.of("b", "B", "a")));

    assertThat(e.problems()).extracting(Problem::toString)
        .contains("units: the units have no root (every unit has a parent)");
  }

  @Test
  void cycleIsReportedOnceNamingTheUnitsInOrder() {
    InvalidDefinitionException e = buildFails(Organisation.builder()
        .unit(OrgUnit.root("f", "Factory"))
        .unit(OrgUnit.of("a", "A", "c"))
        .unit(OrgUnit.of("b", "B", "a"))
        .unit(OrgUnit.of("c", "C", "b")));

    assertThat(e.problems())
        .extracting(Problem::toString).containsExactly(
            "units/a: units form a cycle: a -> c -> b -> a");
  }

  @Test
  void cycleAboveATailIsReportedFromTheFirstUnitInTheCycle() {
    InvalidDefinitionException e = buildFails(Organisation.builder()
        .unit(OrgUnit.root("f", "Factory"))
        .unit(OrgUnit.of("tail", "Tail", "x"))
        .unit(OrgUnit.of("x", "X", "y"))
        .unit(OrgUnit.of("y", "Y", "x")));

    assertThat(e.problems())
        .extracting(Problem::toString).containsExactly("units/x: units form a cycle: x -> y -> x");
  }

  @Test
  void unitThatIsItsOwnParentIsACycle() {
    InvalidDefinitionException e = buildFails(Organisation.builder()
        .unit(OrgUnit.root("f", "Factory"))
        .unit(OrgUnit.of("w1", "Workshop", "w1")));

    assertThat(e.problems())
        .extracting(Problem::toString).containsExactly("units/w1: units form a cycle: w1 -> w1");
  }

  @Test
  void collectiveNamingNoUnitIsAProblem() {
    InvalidDefinitionException e = buildFails(Organisation.builder()
        .unit(OrgUnit.root("f", "Factory"))
        .collective("w9"));

    assertThat(e.problems())
        .extracting(Problem::toString).containsExactly(
            "collectives/w9: collective 'w9' names no unit");
  }

  @Test
  void collectiveDeclaredTwiceIsAProblem() {
    InvalidDefinitionException e = buildFails(Organisation.builder()
        .unit(OrgUnit.root("f", "Factory"))
        .collective("f")
        .collective("f"));

    assertThat(e.problems()).extracting(Problem::toString).containsExactly(
        "collectives/f: unit 'f' is declared a collective twice");
  }

  @Test
  void collectiveWithTheIdOfAnIndividualIsAProblem() {
    InvalidDefinitionException e = buildFails(Organisation.builder()
        .unit(OrgUnit.root("f", "Factory"))
        .unit(OrgUnit.of("x1", "Workshop", "f"))
        .individual(Individual.of("x1", "Person x1", "f"))
        .collective("x1"));

    assertThat(e.problems())
        .extracting(Problem::toString).containsExactly(
            "collectives/x1: collective 'x1' has the same id as an individual; participant ids "
                + "must be unique");
  }

  @Test
  void buildReportsEveryProblemAtOnceSortedByLocation() {
    InvalidDefinitionException e = buildFails(Organisation.builder()
        .unit(OrgUnit.root("f", "Factory"))
        .unit(OrgUnit.root("g", "Second root"))
        .unit(OrgUnit.of("w1", "Workshop", "f"))
        .unit(OrgUnit.of("w1", "Workshop again", "f"))
        .unit(OrgUnit.of("w2", "Orphan", "nowhere"))
        .unit(OrgUnit.of("a", "A", "b"))
        .unit(OrgUnit.of("b", "B", "a"))
        .individual(Individual.of("e1", "An", "w1"))
        .individual(Individual.of("e1", "An again", "w1"))
        .individual(Individual.of("e2", "Lost", "w9"))
        .individual(Individual.of("w1", "Person named like a unit", "f"))
        .collective("w9")
        .collective("f")
        .collective("f")
        .collective("w1"));

    assertThat(e.problems()).extracting(Problem::toString).containsExactly(
        "collectives/f: unit 'f' is declared a collective twice",
        "collectives/w1: collective 'w1' has the same id as an individual; "
            + "participant ids must be unique",
        "collectives/w9: collective 'w9' names no unit",
        "individuals/e1: duplicate individual id 'e1'",
        "individuals/e2: individual 'e2' is in unit 'w9', which does not exist",
        "units: the units must have one root but have 2: [f, g]",
        "units/a: units form a cycle: a -> b -> a",
        "units/w1: duplicate unit id 'w1'",
        "units/w2: parent unit 'nowhere' of unit 'w2' does not exist");
  }

  @Test
  void buildFailureMessageNamesTheOrganisationAndCountsTheProblems() {
    assertThatExceptionOfType(InvalidDefinitionException.class)
        .isThrownBy(() -> Organisation.builder()
            .unit(OrgUnit.root("f", "Factory"))
            .collective("w9")
            .collective("w8")
            .build())
        .withMessage("organisation has 2 problems:\n"
            + "  - collectives/w8: collective 'w8' names no unit\n"
            + "  - collectives/w9: collective 'w9' names no unit");
  }

  @Test
  void membersOfACollectiveAreThePeopleInItsSubtreeInTheOrderAdded() {
    assertThat(factory().membersOf("w1")).extracting(Individual::id)
        .containsExactly("e3", "e1", "e2");
  }

  @Test
  void membersOfTheRootCollectiveAreEveryone() {
    assertThat(factory().membersOf("f")).extracting(Individual::id)
        .containsExactly("e3", "e1", "e4", "e2");
  }

  @Test
  void membersOfALeafCollectiveAreItsOwnPeople() {
    assertThat(factory().membersOf("t1")).extracting(Individual::id).containsExactly("e3");
  }

  @Test
  void membersOfAUnitThatIsNotACollectiveIsEmpty() {
    assertThat(factory().membersOf("w2")).isEmpty();
  }

  @Test
  void unitIsWithinItselfAndItsAncestors() {
    Organisation org = factory();

    assertThat(org.isWithin("t1", "t1")).isTrue();
    assertThat(org.isWithin("t1", "w1")).isTrue();
    assertThat(org.isWithin("t1", "f")).isTrue();
  }

  @Test
  void unitIsNotWithinASiblingOrADescendant() {
    Organisation org = factory();

    assertThat(org.isWithin("t1", "w2")).isFalse();
    assertThat(org.isWithin("w1", "t1")).isFalse();
  }

  @Test
  void unknownUnitIsWithinNothing() {
    assertThat(factory().isWithin("nowhere", "f")).isFalse();
  }

  @Test
  void childrenOfAUnitAreTheUnitsDirectlyBelowInTheOrderAdded() {
    Organisation org = factory();

    assertThat(org.childrenOf("f")).containsExactly("w1", "w2");
    assertThat(org.childrenOf("w1")).containsExactly("t1");
    assertThat(org.childrenOf("t1")).isEmpty();
  }

  @Test
  void participantFindsAnIndividual() {
    assertThat(factory().participant("e1"))
        .contains(Individual.of("e1", "Nguyễn Văn An", "w1"));
  }

  @Test
  void participantFindsACollective() {
    assertThat(factory().participant("w1"))
        .contains(new Collective("w1", "Phân xưởng 1", "f"));
  }

  @Test
  void participantIsEmptyForAUnitThatDoesNotCompete() {
    assertThat(factory().participant("w2")).isEmpty();
  }

  @Test
  void participantIsEmptyForAnUnknownId() {
    assertThat(factory().participant("nobody")).isEmpty();
  }

  @Test
  void collectiveIsRankedWithinTheUnitAboveIt() {
    assertThat(factory().participant("t1")).map(Participant::rankingUnitId).contains("w1");
  }

  @Test
  void rootCollectiveIsRankedWithinItself() {
    assertThat(factory().participant("f")).map(Participant::rankingUnitId).contains("f");
  }

  @Test
  void collectiveIsOfKindCollective() {
    assertThat(new Collective("w1", "Workshop", "f").kind()).isEqualTo(ParticipantKind.COLLECTIVE);
  }

  @Test
  void unitLookupFindsKnownUnitsOnly() {
    Organisation org = factory();

    assertThat(org.unit("w2")).contains(OrgUnit.of("w2", "Phân xưởng 2", "f"));
    assertThat(org.unit("w9")).isEmpty();
  }

  @Test
  void organisationsWithTheSamePartsAreEqual() {
    assertThat(factory()).isEqualTo(factory()).hasSameHashCodeAs(factory());
  }

  @Test
  void organisationsWithDifferentCollectivesDiffer() {
    Organisation fewer = Organisation.builder()
        .unit(OrgUnit.root("f", "Factory"))
        .build();
    Organisation more = Organisation.builder()
        .unit(OrgUnit.root("f", "Factory"))
        .collective("f")
        .build();

    assertThat(fewer).isNotEqualTo(more);
  }

  @Test
  void toStringCountsTheParts() {
    assertThat(factory()).hasToString("Organisation{4 units, 4 individuals, 3 collectives}");
  }
}
