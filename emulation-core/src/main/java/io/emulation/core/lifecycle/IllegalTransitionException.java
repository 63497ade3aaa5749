package io.emulation.core.lifecycle;

import static java.util.Objects.requireNonNull;

import io.emulation.core.EmulationException;

/**
 * A campaign was asked to move between two states the lifecycle does not connect, such as from
 * {@link CampaignState#DRAFT} straight to {@link CampaignState#PUBLISHED}. The message names the
 * campaign, both states and the states it may move to.
 *
 * @since 0.1
 */
public final class IllegalTransitionException extends EmulationException {
  private static final long serialVersionUID = 1L;

  private final String campaignId;
  private final CampaignState from;
  private final CampaignState to;

  /** The move of campaign {@code campaignId} from {@code from} to {@code to} is not allowed. */
  public IllegalTransitionException(String campaignId, CampaignState from, CampaignState to) {
    super(LifecycleText.illegalTransition(requireNonNull(campaignId, "campaignId"),
        requireNonNull(from, "from"), requireNonNull(to, "to")));
    this.campaignId = campaignId;
    this.from = from;
    this.to = to;
  }

  /** The campaign. */
  public String campaignId() {
    return campaignId;
  }

  /** The state it is in. */
  public CampaignState from() {
    return from;
  }

  /** The state it was asked to move to. */
  public CampaignState to() {
    return to;
  }
}
