package io.emulation.core.lifecycle;

import static java.util.Objects.requireNonNull;

import io.emulation.core.EmulationException;
import io.emulation.core.period.Period;

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

  /** The publisher expected version {@code expected}; the store holds {@code actual}. */
  public RevisionConflictException(String campaignId, Period period, int expected, int actual) {
    super(LifecycleText.conflict(requireNonNull(campaignId, "campaignId"),
        requireNonNull(period, "period"), expected, actual));
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
}
