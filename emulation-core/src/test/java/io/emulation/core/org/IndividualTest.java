package io.emulation.core.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndividualTest {
  private static final Individual AN = Individual.of("e042", "Nguyễn Văn An", "w1");

  @Test
  void ofGivesAPersonWithNoHireDateNoDisciplineNotUnderReview() {
    assertThat(AN.id()).isEqualTo("e042");
    assertThat(AN.name()).isEqualTo("Nguyễn Văn An");
    assertThat(AN.unitId()).isEqualTo("w1");
    assertThat(AN.hireDate()).isEmpty();
    assertThat(AN.discipline()).isEqualTo(DisciplinaryLevel.NONE);
    assertThat(AN.isUnderReview()).isFalse();
    assertThat(AN.isDirectProduction()).isFalse();
  }

  @Test
  void individualIsRankedWithinItsOwnUnit() {
    assertThat(AN.rankingUnitId()).isEqualTo("w1");
    assertThat(AN.kind()).isEqualTo(ParticipantKind.INDIVIDUAL);
  }

  @Test
  void withersChangeOneFactAndKeepTheOthers() {
    Individual changed = AN.withHireDate(LocalDate.of(2019, 3, 1))
        .withDiscipline(DisciplinaryLevel.WARNING)
        .withUnderReview(true)
        .withDirectProduction(true)
        .withUnit("w2");

    assertThat(changed.id()).isEqualTo("e042");
    assertThat(changed.name()).isEqualTo("Nguyễn Văn An");
    assertThat(changed.unitId()).isEqualTo("w2");
    assertThat(changed.hireDate()).contains(LocalDate.of(2019, 3, 1));
    assertThat(changed.discipline()).isEqualTo(DisciplinaryLevel.WARNING);
    assertThat(changed.isUnderReview()).isTrue();
    assertThat(changed.isDirectProduction()).isTrue();
  }

  @Test
  void withersLeaveTheOriginalUnchanged() {
    AN.withUnit("w2").withDiscipline(DisciplinaryLevel.DISMISSAL).withUnderReview(true);

    assertThat(AN).isEqualTo(Individual.of("e042", "Nguyễn Văn An", "w1"));
  }

  @Test
  void withHireDateRejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> AN.withHireDate(null))
        .withMessage("hire date");
  }

  @Test
  void withDisciplineRejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> AN.withDiscipline(null));
  }

  @Test
  void withUnitChecksTheNewUnitId() {
    assertThatIllegalArgumentException().isThrownBy(() -> AN.withUnit(" "))
        .withMessage("unit id of individual e042 must not be blank");
  }

  @Test
  void individualsWithTheSameFactsAreEqual() {
    Individual one = AN.withHireDate(LocalDate.of(2019, 3, 1)).withDirectProduction(true);
    Individual two = Individual.of("e042", "Nguyễn Văn An", "w1")
        .withDirectProduction(true).withHireDate(LocalDate.of(2019, 3, 1));

    assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
  }

  @Test
  void individualsDifferingInOneFactAreNotEqual() {
    assertThat(AN).isNotEqualTo(AN.withUnderReview(true))
        .isNotEqualTo(AN.withDirectProduction(true))
        .isNotEqualTo(AN.withDiscipline(DisciplinaryLevel.REPRIMAND))
        .isNotEqualTo(AN.withHireDate(LocalDate.of(2019, 3, 1)))
        .isNotEqualTo(AN.withUnit("w2"))
        .isNotEqualTo(Individual.of("e042", "Another name", "w1"))
        .isNotEqualTo(Individual.of("e043", "Nguyễn Văn An", "w1"));
  }

  @Test
  void toStringShowsOnlyTheFactsThatAreSet() {
    assertThat(AN).hasToString("Individual{id=e042, name=Nguyễn Văn An, unit=w1}");
  }

  @Test
  void toStringShowsEveryFactWhenSet() {
    Individual full = AN.withHireDate(LocalDate.of(2019, 3, 1))
        .withDiscipline(DisciplinaryLevel.REPRIMAND).withUnderReview(true)
        .withDirectProduction(true);

    assertThat(full).hasToString("Individual{id=e042, name=Nguyễn Văn An, unit=w1, "
        + "hired=2019-03-01, discipline=REPRIMAND, underReview=true, directProduction=true}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void blankIdIsRejected(String id) {
    assertThatIllegalArgumentException().isThrownBy(() -> Individual.of(id, "An", "w1"))
        .withMessage("individual id must not be blank");
  }

  @ParameterizedTest
  @ValueSource(strings = {" e1", "e1 ", " e1 "})
  void idWithSurroundingSpacesIsRejectedQuotingIt(String id) {
    assertThatIllegalArgumentException().isThrownBy(() -> Individual.of(id, "An", "w1"))
        .withMessage("individual id '" + id + "' must not start or end with spaces");
  }

  @Test
  void nullIdIsRejected() {
    assertThatNullPointerException().isThrownBy(() -> Individual.of(null, "An", "w1"))
        .withMessage("individual id");
  }

  @Test
  void blankUnitIdIsRejectedNamingThePerson() {
    assertThatIllegalArgumentException().isThrownBy(() -> Individual.of("e1", "An", ""))
        .withMessage("unit id of individual e1 must not be blank");
  }

  @Test
  void idMayContainInnerSpaces() {
    assertThat(Individual.of("e 1", "An", "w1").id()).isEqualTo("e 1");
  }

  @Test
  void collectiveChecksItsIds() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Collective(" w1", "W", "f"))
        .withMessage("collective id ' w1' must not start or end with spaces");
    assertThatIllegalArgumentException().isThrownBy(() -> new Collective("w1", "W", ""))
        .withMessage("ranking unit of collective w1 must not be blank");
  }

  @Test
  void orgUnitChecksItsIdAndParent() {
    assertThatIllegalArgumentException().isThrownBy(() -> OrgUnit.root("", "F"))
        .withMessage("unit id must not be blank");
    assertThatIllegalArgumentException().isThrownBy(() -> OrgUnit.of("w1", "W", "f "))
        .withMessage("parent of unit w1 'f ' must not start or end with spaces");
  }
}
