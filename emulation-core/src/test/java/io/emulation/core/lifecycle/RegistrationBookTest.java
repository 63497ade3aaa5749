package io.emulation.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.collect.ImmutableSet;
import io.emulation.core.award.Award;
import io.emulation.core.award.AwardEvaluator;
import io.emulation.core.award.AwardFixture;
import io.emulation.core.award.AwardInputs;
import io.emulation.core.award.AwardKind;
import io.emulation.core.award.AwardLevel;
import io.emulation.core.award.AwardResult;
import io.emulation.core.award.AwardRule;
import io.emulation.core.award.AwardRuleSet;
import io.emulation.core.award.Conditions;
import io.emulation.core.lifecycle.Registration.Issue;
import io.emulation.core.lifecycle.Registration.Outcome;
import io.emulation.core.lifecycle.RegistrationPolicy.Handling;
import io.emulation.core.org.ParticipantKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Registration inside and outside the window, duplicates, and the policy deciding each. */
class RegistrationBookTest {
  private static final String LDTT = "lao-dong-tien-tien";
  private static final RegistrationWindow JANUARY =
      RegistrationWindow.of(LocalDate.of(2021, 1, 4), LocalDate.of(2021, 1, 15));
  private static final LocalDate ON_TIME = LocalDate.of(2021, 1, 10);
  private static final LocalDate LATE = LocalDate.of(2021, 1, 16);

  private static RegistrationBook book(Handling late, Handling duplicate) {
    return RegistrationBook.open("c", JANUARY, RegistrationPolicy.of(late, duplicate));
  }

  @Test
  void registrationInsideTheWindowIsAcceptedAndCounts() {
    RegistrationBook book = book(Handling.REJECT, Handling.REJECT).register("p1", LDTT, ON_TIME);

    assertThat(book.entries()).containsExactly(
        new Registration("p1", LDTT, ON_TIME, Outcome.ACCEPTED, ImmutableSet.of()));
    assertThat(book.isRegistered("p1", LDTT)).isTrue();
  }

  @Test
  void registrationOnTheDayTheWindowClosesIsOnTime() {
    RegistrationBook book = book(Handling.REJECT, Handling.REJECT)
        .register("p1", LDTT, JANUARY.closes());

    assertThat(book.entries().get(0).outcome()).isEqualTo(Outcome.ACCEPTED);
  }

  @Test
  void lateRegistrationIsRejectedAndDoesNotCountUnderARejectingPolicy() {
    RegistrationBook book = book(Handling.REJECT, Handling.REJECT).register("p1", LDTT, LATE);

    assertThat(book.entries()).containsExactly(new Registration("p1", LDTT, LATE,
        Outcome.REJECTED, ImmutableSet.of(Issue.LATE)));
    assertThat(book.isRegistered("p1", LDTT)).isFalse();
    assertThat(book.rejected()).hasSize(1);
  }

  @Test
  void lateRegistrationIsFlaggedAndCountsUnderAFlaggingPolicy() {
    RegistrationBook book = book(Handling.FLAG, Handling.REJECT).register("p1", LDTT, LATE);

    assertThat(book.entries()).containsExactly(new Registration("p1", LDTT, LATE,
        Outcome.FLAGGED, ImmutableSet.of(Issue.LATE)));
    assertThat(book.isRegistered("p1", LDTT)).isTrue();
    assertThat(book.flagged()).isEqualTo(book.entries());
  }

  @Test
  void earlyRegistrationIsRejectedWhateverThePolicy() {
    RegistrationBook book = book(Handling.FLAG, Handling.FLAG)
        .register("p1", LDTT, LocalDate.of(2021, 1, 3));

    assertThat(book.entries().get(0).outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(book.entries().get(0).issues()).containsExactly(Issue.EARLY);
    assertThat(book.isRegistered("p1", LDTT)).isFalse();
  }

  @Test
  void duplicateRegistrationIsRejectedAndTheFirstStillStands() {
    RegistrationBook book = book(Handling.REJECT, Handling.REJECT)
        .register("p1", LDTT, ON_TIME).register("p1", LDTT, ON_TIME.plusDays(1));

    assertThat(book.entries()).extracting(Registration::outcome)
        .containsExactly(Outcome.ACCEPTED, Outcome.REJECTED);
    assertThat(book.entries().get(1).issues()).containsExactly(Issue.DUPLICATE);
    assertThat(book.isRegistered("p1", LDTT)).isTrue();
  }

  @Test
  void duplicateRegistrationIsFlaggedUnderAFlaggingPolicy() {
    RegistrationBook book = book(Handling.REJECT, Handling.FLAG)
        .register("p1", LDTT, ON_TIME).register("p1", LDTT, ON_TIME);

    assertThat(book.flagged()).extracting(Registration::issues)
        .containsExactly(ImmutableSet.of(Issue.DUPLICATE));
    assertThat(book.awardsOf("p1")).containsExactly(LDTT);
  }

  @Test
  void registrationAfterARejectedOneIsNotADuplicate() {
    RegistrationBook book = book(Handling.REJECT, Handling.REJECT)
        .register("p1", LDTT, LocalDate.of(2021, 1, 1)).register("p1", LDTT, ON_TIME);

    assertThat(book.entries()).extracting(Registration::outcome)
        .containsExactly(Outcome.REJECTED, Outcome.ACCEPTED);
  }

  @Test
  void aLateDuplicateIsRejectedWhenEitherIssueIsRejected() {
    RegistrationBook book = book(Handling.FLAG, Handling.REJECT)
        .register("p1", LDTT, ON_TIME).register("p1", LDTT, LATE);

    assertThat(book.entries().get(1)).isEqualTo(new Registration("p1", LDTT, LATE,
        Outcome.REJECTED, ImmutableSet.of(Issue.LATE, Issue.DUPLICATE)));
  }

  @Test
  void registrationsForDifferentAwardsAreIndependent() {
    RegistrationBook book = book(Handling.REJECT, Handling.REJECT)
        .register("p1", LDTT, ON_TIME).register("p1", "chien-si-thi-dua-co-so", ON_TIME);

    assertThat(book.entries()).extracting(Registration::outcome)
        .containsOnly(Outcome.ACCEPTED);
  }

  @Test
  void decidingDoesNotRecord() {
    RegistrationBook book = book(Handling.FLAG, Handling.FLAG);

    Registration decided = book.decide("p1", LDTT, LATE);

    assertThat(decided.outcome()).isEqualTo(Outcome.FLAGGED);
    assertThat(book.entries()).isEmpty();
  }

  @Test
  void explanationNamesTheWindowDay() {
    RegistrationBook book = book(Handling.FLAG, Handling.FLAG).register("p1", LDTT, LATE);

    assertThat(book.entries().get(0).explain(book.window())).isEqualTo(
        "p1 for lao-dong-tien-tien on 2021-01-16: flagged (late: the window closed on "
            + "2021-01-15)");
  }

  @Test
  void restoringKeepsRecordedOutcomesEvenUnderAnotherPolicy() {
    RegistrationBook flagged = book(Handling.FLAG, Handling.FLAG).register("p1", LDTT, LATE);

    RegistrationBook restored = RegistrationBook.restore("c", JANUARY,
        RegistrationPolicy.strict(), flagged.entries());

    assertThat(restored.isRegistered("p1", LDTT)).isTrue();
  }

  @Test
  void restoringTwoStandingRegistrationsForOneAwardIsRejected() {
    Registration accepted =
        new Registration("p1", LDTT, ON_TIME, Outcome.ACCEPTED, ImmutableSet.of());

    assertThatIllegalArgumentException().isThrownBy(() -> RegistrationBook.restore("c", JANUARY,
            RegistrationPolicy.strict(), List.of(accepted, accepted)))
        .withMessageContaining("two standing registrations of p1 for lao-dong-tien-tien");
  }

  @Test
  void anAcceptedRegistrationWithAnIssueCannotBeMade() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Registration("p1", LDTT, LATE,
        Outcome.ACCEPTED, ImmutableSet.of(Issue.LATE)));
  }

  @Test
  void aWindowClosingBeforeItOpensIsRejected() {
    assertThatIllegalArgumentException().isThrownBy(() ->
            RegistrationWindow.of(LocalDate.of(2021, 2, 1), LocalDate.of(2021, 1, 31)))
        .withMessage("registration window closes on 2021-01-31, before it opens on 2021-02-01");
  }

  @Test
  void theRegisteredConditionReadsTheBook() {
    Award title = Award.of(LDTT, "Lao động tiên tiến", AwardKind.EMULATION_TITLE,
        ParticipantKind.INDIVIDUAL, AwardLevel.GRASSROOTS);
    AwardRuleSet rules = AwardRuleSet.builder("registration only")
        .rules(AwardRule.of(title, Conditions.registered())).build();
    AwardFixture fixture = AwardFixture.year2021()
        .unit("w1", AwardFixture.people("m", 90, 90, 90));
    RegistrationBook book = book(Handling.FLAG, Handling.REJECT)
        .register("m01", LDTT, ON_TIME)
        .register("m02", LDTT, LATE)
        .register("m03", LDTT, LocalDate.of(2020, 12, 31));

    AwardResult awards = AwardEvaluator.of(rules).evaluate(fixture.campaign(),
        fixture.evaluation(), AwardInputs.none().withRegistrations(book));

    assertThat(awards.recipients(LDTT)).containsExactly("m01", "m02");
    assertThat(awards.decision("m03", LDTT).orElseThrow().reasons())
        .extracting(Object::toString)
        .containsExactly("did not register for lao-dong-tien-tien");
  }
}
