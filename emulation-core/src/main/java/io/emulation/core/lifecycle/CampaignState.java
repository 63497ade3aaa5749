package io.emulation.core.lifecycle;

import com.google.common.collect.Sets;
import java.util.Set;

/**
 * The states a campaign moves through, in order: drafted, launched (phát động; registration
 * open), in progress, under review (tổng kết, before the council), published, revised. Interim
 * reviews (sơ kết) happen while the campaign is in progress and do not change its state.
 *
 * <p>The legal moves are exactly:
 *
 * <table>
 * <caption>Transitions</caption>
 * <tr><th>from</th><th>to</th></tr>
 * <tr><td>{@link #DRAFT}</td><td>{@link #LAUNCHED}</td></tr>
 * <tr><td>{@link #LAUNCHED}</td><td>{@link #IN_PROGRESS}</td></tr>
 * <tr><td>{@link #IN_PROGRESS}</td><td>{@link #UNDER_REVIEW}</td></tr>
 * <tr><td>{@link #UNDER_REVIEW}</td><td>{@link #PUBLISHED}</td></tr>
 * <tr><td>{@link #PUBLISHED}</td><td>{@link #REVISED}</td></tr>
 * <tr><td>{@link #REVISED}</td><td>{@link #REVISED} (each further correction)</td></tr>
 * </table>
 *
 * <p>There is no way back: a published result is corrected by a new revision, never reopened.
 *
 * @since 0.1
 */
public enum CampaignState {
  /** Being drafted; nobody takes part yet. */
  DRAFT,
  /** Launched (phát động): participants register for the titles they aim for. */
  LAUNCHED,
  /** Running: measurements come in, interim reviews (sơ kết) are held. */
  IN_PROGRESS,
  /** The final review (tổng kết): results and award proposals go to the council. */
  UNDER_REVIEW,
  /** The results are published and immutable. */
  PUBLISHED,
  /** A correction of the published results was published as a new revision. */
  REVISED;

  /** The states this one may move to; never empty. */
  public Set<CampaignState> successors() {
    return switch (this) {
      case DRAFT -> Sets.immutableEnumSet(LAUNCHED);
      case LAUNCHED -> Sets.immutableEnumSet(IN_PROGRESS);
      case IN_PROGRESS -> Sets.immutableEnumSet(UNDER_REVIEW);
      case UNDER_REVIEW -> Sets.immutableEnumSet(PUBLISHED);
      case PUBLISHED, REVISED -> Sets.immutableEnumSet(REVISED);
    };
  }

  /** Whether the campaign may move from this state to {@code next}. */
  public boolean canMoveTo(CampaignState next) {
    return successors().contains(next);
  }

  /** Whether participants may register: only once launched and before it is in progress. */
  public boolean isRegistrationOpen() {
    return this == LAUNCHED;
  }

  /** Whether results have been published (and possibly revised). */
  public boolean isPublished() {
    return this == PUBLISHED || this == REVISED;
  }
}
