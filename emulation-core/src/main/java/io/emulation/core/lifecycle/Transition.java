package io.emulation.core.lifecycle;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One recorded move of a campaign from one state to the next, with who made it, when, and an
 * optional note (the decision number, say). The host supplies the instant: nothing here reads a
 * clock.
 *
 * @param from the state left
 * @param to the state entered
 * @param actor who made the move (a user id or name); not blank
 * @param at when, as the host recorded it
 * @param note a remark; may be empty
 * @since 0.1
 */
public record Transition(CampaignState from, CampaignState to, String actor, Instant at,
    String note) {

  /** Checks the parts. */
  public Transition {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(actor, "actor");
    requireNonNull(at, "at");
    requireNonNull(note, "note");
    checkArgument(!actor.isBlank(), "the move from %s to %s needs an actor", from, to);
  }
}
