package io.emulation.core.lifecycle;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where a campaign is in its life and how it got there: an immutable record of every {@link
 * Transition}, each checked against {@link CampaignState}'s table when it is made. Moving returns
 * a new lifecycle; the old one is unchanged.
 *
 * <pre>{@code
 * CampaignLifecycle life = CampaignLifecycle.draft("thi-dua-2021")
 *     .moveTo(CampaignState.LAUNCHED, "director", Instant.parse("2021-01-04T08:00:00Z"));
 * life.state();   // LAUNCHED
 * }</pre>
 *
 * @since 0.1
 */
public final class CampaignLifecycle {
  private final String campaignId;
  private final ImmutableList<Transition> transitions;

  private CampaignLifecycle(String campaignId, ImmutableList<Transition> transitions) {
    this.campaignId = campaignId;
    this.transitions = transitions;
  }

  /** A campaign in {@link CampaignState#DRAFT}, with no transitions. */
  public static CampaignLifecycle draft(String campaignId) {
    requireNonNull(campaignId, "campaignId");
    checkArgument(!campaignId.isBlank(), "campaign id must not be blank");
    return new CampaignLifecycle(campaignId, ImmutableList.of());
  }

  /**
   * The lifecycle the recorded transitions lead to, starting from a draft (to restore one from
   * storage).
   *
   * @throws IllegalTransitionException at the first move the table does not allow, or one that
   *     does not start from the state the previous one entered
   * @throws IllegalArgumentException at the first transition recorded before the previous one
   */
  public static CampaignLifecycle of(String campaignId, List<Transition> transitions) {
    CampaignLifecycle life = draft(campaignId);
    for (Transition transition : transitions) {
      if (transition.from() != life.state()) {
        throw new IllegalTransitionException(campaignId, life.state(), transition.to());
      }
      life = life.moveTo(transition.to(), transition.actor(), transition.at(),
          transition.note());
    }
    return life;
  }

  /** The campaign. */
  public String campaignId() {
    return campaignId;
  }

  /** The current state: the last transition's, or {@link CampaignState#DRAFT}. */
  public CampaignState state() {
    return transitions.isEmpty() ? CampaignState.DRAFT
        : transitions.get(transitions.size() - 1).to();
  }

  /** Every transition, oldest first. */
  public ImmutableList<Transition> transitions() {
    return transitions;
  }

  /** The latest transition into the state, if the campaign ever entered it. */
  public Optional<Transition> lastEntered(CampaignState state) {
    requireNonNull(state, "state");
    return transitions.reverse().stream().filter(t -> t.to() == state).findFirst();
  }

  /** Whether the campaign may move to {@code next} now. */
  public boolean canMoveTo(CampaignState next) {
    return state().canMoveTo(requireNonNull(next, "next"));
  }

  /** Moves to {@code next}, without a note. */
  public CampaignLifecycle moveTo(CampaignState next, String actor, Instant at) {
    return moveTo(next, actor, at, "");
  }

  /**
   * Moves to {@code next}.
   *
   * @param actor who moves it; not blank
   * @param at when, as the host records it; not before the previous transition
   * @param note a remark, such as the decision's number; may be empty
   * @return the lifecycle with the transition added
   * @throws IllegalTransitionException when the current state may not move to {@code next}
   * @throws IllegalArgumentException when {@code at} is before the previous transition
   */
  public CampaignLifecycle moveTo(CampaignState next, String actor, Instant at, String note) {
    requireNonNull(next, "next");
    requireNonNull(at, "at");
    CampaignState current = state();
    if (!current.canMoveTo(next)) {
      throw new IllegalTransitionException(campaignId, current, next);
    }
    if (!transitions.isEmpty()) {
      Instant previous = transitions.get(transitions.size() - 1).at();
      checkArgument(!at.isBefore(previous), "%s",
          LifecycleText.transitionBeforePrevious(campaignId, current, next, at, previous)
              .toString());
    }
    Transition transition = new Transition(current, next, actor, at, note);
    return new CampaignLifecycle(campaignId, ImmutableList.<Transition>builder()
        .addAll(transitions).add(transition).build());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CampaignLifecycle that && campaignId.equals(that.campaignId)
        && transitions.equals(that.transitions);
  }

  @Override
  public int hashCode() {
    return campaignId.hashCode() * 31 + transitions.hashCode();
  }

  @Override
  public String toString() {
    return "CampaignLifecycle{" + campaignId + ", " + state() + ", " + transitions.size()
        + " transitions}";
  }
}
