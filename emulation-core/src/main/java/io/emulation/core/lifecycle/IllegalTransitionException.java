package io.emulation.core.lifecycle;

import static java.util.Objects.requireNonNull;

import io.emulation.core.EmulationException;
import io.emulation.core.text.Message;
import java.util.Locale;

/**
 * A campaign was asked to move between two states the lifecycle does not connect, such as from
 * {@link CampaignState#DRAFT} straight to {@link CampaignState#PUBLISHED}. The message names the
 * campaign, both states and the states it may move to; {@link #getMessage()} is English, {@link
 * #explain(Locale)} says it in the reader's language.
 *
 * @since 0.1
 */
public final class IllegalTransitionException extends EmulationException {
  private static final long serialVersionUID = 1L;

  private final String campaignId;
  private final CampaignState from;
  private final CampaignState to;
  /** Not serialized: a deserialized exception explains itself in English, as its message. */
  private final transient Message explanation;

  /** The move of campaign {@code campaignId} from {@code from} to {@code to} is not allowed. */
  public IllegalTransitionException(String campaignId, CampaignState from, CampaignState to) {
    this(LifecycleText.illegalTransition(requireNonNull(campaignId, "campaignId"),
        requireNonNull(from, "from"), requireNonNull(to, "to")), campaignId, from, to);
  }

  private IllegalTransitionException(Message explanation, String campaignId, CampaignState from,
      CampaignState to) {
    super(explanation);
    this.explanation = explanation;
    this.campaignId = campaignId;
    this.from = from;
    this.to = to;
  }

  /** What is wrong, as a message to render in the reader's language. */
  public Message explanation() {
    return explanation != null ? explanation : Message.literal(getMessage());
  }

  /**
   * What is wrong in the given language, e.g. {@code "phong trào thi đua 'c' không thể chuyển từ
   * trạng thái Dự thảo sang Đã công bố kết quả; ..."} in Vietnamese.
   */
  public String explain(Locale locale) {
    return explanation().in(locale);
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
