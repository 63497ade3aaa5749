package io.emulation.core.lifecycle;

import static io.emulation.core.lifecycle.CampaignState.DRAFT;
import static io.emulation.core.lifecycle.CampaignState.IN_PROGRESS;
import static io.emulation.core.lifecycle.CampaignState.LAUNCHED;
import static io.emulation.core.lifecycle.CampaignState.PUBLISHED;
import static io.emulation.core.lifecycle.CampaignState.REVISED;
import static io.emulation.core.lifecycle.CampaignState.UNDER_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The transition table, every pair of states: the six legal moves are recorded, the thirty
 * others rejected naming both states.
 */
class CampaignLifecycleTest {
  private static final Instant T0 = Instant.parse("2021-01-04T08:00:00Z");
  /** The legal moves, written out here rather than read from the code under test. */
  private static final Set<List<CampaignState>> LEGAL = Set.of(
      List.of(DRAFT, LAUNCHED),
      List.of(LAUNCHED, IN_PROGRESS),
      List.of(IN_PROGRESS, UNDER_REVIEW),
      List.of(UNDER_REVIEW, PUBLISHED),
      List.of(PUBLISHED, REVISED),
      List.of(REVISED, REVISED));
  /** The way from a draft to each state. */
  private static final List<CampaignState> PATH =
      List.of(LAUNCHED, IN_PROGRESS, UNDER_REVIEW, PUBLISHED, REVISED);

  static Stream<Arguments> legalPairs() {
    return pairs(true);
  }

  static Stream<Arguments> illegalPairs() {
    return pairs(false);
  }

  private static Stream<Arguments> pairs(boolean legal) {
    List<Arguments> pairs = new ArrayList<>();
    for (CampaignState from : CampaignState.values()) {
      for (CampaignState to : CampaignState.values()) {
        if (LEGAL.contains(List.of(from, to)) == legal) {
          pairs.add(Arguments.of(from, to));
        }
      }
    }
    return pairs.stream();
  }

  /** A lifecycle brought to {@code state} along the legal path, one hour per move. */
  private static CampaignLifecycle in(CampaignState state) {
    CampaignLifecycle life = CampaignLifecycle.draft("c");
    for (int i = 0; life.state() != state; i++) {
      life = life.moveTo(PATH.get(i), "secretary", T0.plusSeconds(3600L * i));
    }
    return life;
  }

  @ParameterizedTest(name = "{0} -> {1} is allowed")
  @MethodSource("legalPairs")
  void legalMoveIsRecordedWithWhoAndWhen(CampaignState from, CampaignState to) {
    CampaignLifecycle before = in(from);
    Instant at = T0.plusSeconds(86_400);

    CampaignLifecycle after = before.moveTo(to, "director", at, "decision 7/QĐ");

    assertThat(after.state()).isEqualTo(to);
    assertThat(after.transitions().get(after.transitions().size() - 1))
        .isEqualTo(new Transition(from, to, "director", at, "decision 7/QĐ"));
  }

  @ParameterizedTest(name = "{0} -> {1} is rejected")
  @MethodSource("illegalPairs")
  void illegalMoveIsRejectedNamingBothStates(CampaignState from, CampaignState to) {
    CampaignLifecycle before = in(from);

    assertThatThrownBy(() -> before.moveTo(to, "director", T0.plusSeconds(86_400)))
        .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
          assertThat(e.campaignId()).isEqualTo("c");
          assertThat(e.from()).isEqualTo(from);
          assertThat(e.to()).isEqualTo(to);
        })
        .hasMessageStartingWith("campaign 'c' cannot move from " + from + " to " + to + ";");
  }

  @Test
  void theTableCoversEveryPairOfStates() {
    long pairs = legalPairs().count() + illegalPairs().count();

    assertThat(pairs).isEqualTo(36);
    assertThat(legalPairs().count()).isEqualTo(6);
  }

  @Test
  void successorsMatchTheTable() {
    for (CampaignState from : CampaignState.values()) {
      Set<CampaignState> expected = EnumSet.noneOf(CampaignState.class);
      LEGAL.stream().filter(pair -> pair.get(0) == from).forEach(pair -> expected.add(pair.get(1)));
      assertThat(from.successors()).as("successors of %s", from).isEqualTo(expected);
    }
  }

  @Test
  void rejectionSaysWhereTheStateMayGo() {
    assertThatThrownBy(() -> CampaignLifecycle.draft("thi-dua-2021")
        .moveTo(PUBLISHED, "director", T0))
        .hasMessage("campaign 'thi-dua-2021' cannot move from DRAFT to PUBLISHED; from DRAFT "
            + "it may only move to LAUNCHED");
  }

  @Test
  void aNewLifecycleIsADraftWithoutTransitions() {
    CampaignLifecycle life = CampaignLifecycle.draft("c");

    assertThat(life.state()).isEqualTo(DRAFT);
    assertThat(life.transitions()).isEmpty();
  }

  @Test
  void movingLeavesTheEarlierLifecycleUnchanged() {
    CampaignLifecycle draft = CampaignLifecycle.draft("c");

    draft.moveTo(LAUNCHED, "director", T0);

    assertThat(draft.state()).isEqualTo(DRAFT);
  }

  @Test
  void aMoveDatedBeforeThePreviousOneIsRejected() {
    CampaignLifecycle launched = CampaignLifecycle.draft("c").moveTo(LAUNCHED, "director", T0);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> launched.moveTo(IN_PROGRESS, "director", T0.minusSeconds(1)))
        .withMessage("campaign 'c' cannot move from LAUNCHED to IN_PROGRESS at "
            + "2021-01-04T07:59:59Z, before its previous transition at 2021-01-04T08:00:00Z");
  }

  @Test
  void aMoveWithoutAnActorIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CampaignLifecycle.draft("c").moveTo(LAUNCHED, " ", T0))
        .withMessageContaining("needs an actor");
  }

  @Test
  void recordedTransitionsRestoreTheSameLifecycle() {
    CampaignLifecycle published = in(PUBLISHED);

    assertThat(CampaignLifecycle.of("c", published.transitions())).isEqualTo(published);
  }

  @Test
  void restoringATransitionThatSkipsAStateIsRejected() {
    List<Transition> skipping = List.of(
        new Transition(DRAFT, LAUNCHED, "director", T0, ""),
        new Transition(IN_PROGRESS, UNDER_REVIEW, "director", T0, ""));

    assertThatThrownBy(() -> CampaignLifecycle.of("c", skipping))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageStartingWith("campaign 'c' cannot move from LAUNCHED to UNDER_REVIEW");
  }

  @Test
  void eachCorrectionIsAnotherMoveIntoRevised() {
    CampaignLifecycle twice = in(REVISED).moveTo(REVISED, "hr", T0.plusSeconds(86_400));

    assertThat(twice.transitions().stream().filter(t -> t.to() == REVISED)).hasSize(2);
    assertThat(twice.lastEntered(REVISED).orElseThrow().at())
        .isEqualTo(T0.plusSeconds(86_400));
  }

  @Test
  void onlyALaunchedCampaignTakesRegistrations() {
    assertThat(EnumSet.allOf(CampaignState.class).stream()
        .filter(CampaignState::isRegistrationOpen)).containsExactly(LAUNCHED);
  }
}
