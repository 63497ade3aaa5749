package io.emulation.core;

import io.emulation.core.text.Message;
import java.util.Collection;

/**
 * A campaign, organisation, criterion or grading definition is invalid. Thrown when the
 * definition is built or compiled, with every problem found.
 *
 * @since 0.1
 */
public final class InvalidDefinitionException extends ProblemsException {
  private static final long serialVersionUID = 1L;

  /** @param what the definition, e.g. {@code "campaign 'q2-2021'"} */
  public InvalidDefinitionException(String what, Collection<Problem> problems) {
    super(what, problems);
  }

  /**
   * @param what the definition, rendered in the reader's language
   * @since 0.2
   */
  public InvalidDefinitionException(Message what, Collection<Problem> problems) {
    super(what, problems);
  }
}
