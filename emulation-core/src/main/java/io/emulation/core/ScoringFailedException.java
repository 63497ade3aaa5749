package io.emulation.core;

import io.emulation.core.text.Message;
import java.util.Collection;

/**
 * One or more formulas failed while scoring (threw, returned nothing, or returned points outside
 * their declared range). Each problem names the formula id, criterion and participant. No partial
 * result is published.
 *
 * @since 0.1
 */
public final class ScoringFailedException extends ProblemsException {
  private static final long serialVersionUID = 1L;

  /** @param what the evaluation, e.g. {@code "evaluation of campaign 'q2-2021' for 2021-H1"} */
  public ScoringFailedException(String what, Collection<Problem> problems) {
    super(what, problems);
  }

  /**
   * @param what the evaluation, rendered in the reader's language
   * @since 0.2
   */
  public ScoringFailedException(Message what, Collection<Problem> problems) {
    super(what, problems);
  }
}
