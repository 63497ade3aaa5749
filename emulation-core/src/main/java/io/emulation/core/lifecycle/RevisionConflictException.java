package io.emulation.core.lifecycle;

import static java.util.Objects.requireNonNull;

import io.emulation.core.EmulationException;
import io.emulation.core.period.Period;
import io.emulation.core.text.Message;
import java.util.Locale;

/**
 * A publisher expected the latest revision of a result to be one number, but another publisher
 * had already published a later one: nothing was written. Read the latest revision, decide again
 * whether the correction still applies, and publish with its number as the expected version.
 *
 * @since 0.1
 */
public final class RevisionConflictException extends EmulationException {
  private static final long serialVersionUID = 1L;

  private final String campaignId;
  private final transient Period period;
  private final int expected;
  private final int actual;
  /** Not serialized: a deserialized exception explains itself in English, as its message. */
  private final transient Message explanation;

  /** The publisher expected version {@code expected}; the store holds {@code actual}. */
  public RevisionConflictException(String campaignId, Period period, int expected, int actual) {
    this(LifecycleText.conflict(requireNonNull(campaignId, "campaignId"),
        requireNonNull(period, "period"), expected, actual), campaignId, period, expected,
        actual);
  }

  private RevisionConflictException(Message explanation, String campaignId, Period period,
      int expected, int actual) {
    super(explanation);
    this.explanation = explanation;
    this.campaignId = campaignId;
    this.period = period;
    this.expected = expected;
    this.actual = actual;
  }

  /** The campaign. */
  public String campaignId() {
    return campaignId;
  }

  /** The period. */
  public Period period() {
    return period;
  }

  /** The latest revision number the publisher expected (0: none). */
  public int expected() {
    return expected;
  }

  /** The latest revision number the store holds. */
  public int actual() {
    return actual;
  }

  /** What happened and what to do, as a message to render in the reader's language. */
  public Message explanation() {
    return explanation != null ? explanation : Message.literal(getMessage());
  }

  /** What happened and what to do, in the given language. */
  public String explain(Locale locale) {
    return explanation().in(locale);
  }
}
