package io.emulation.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Ordering;
import java.util.Collection;

/**
 * An {@link EmulationException} that carries every problem found, sorted by location, rather
 * than the first one. The message lists them all, one per line.
 *
 * @since 0.1
 */
public abstract class ProblemsException extends EmulationException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // ImmutableList is serializable
  private final ImmutableList<Problem> problems;

  /**
   * @param what what was being checked, e.g. {@code "campaign 'q2-2021'"}
   * @param problems at least one problem
   */
  protected ProblemsException(String what, Collection<Problem> problems) {
    super(message(what, problems));
    this.problems = Ordering.natural().immutableSortedCopy(problems);
  }

  /** Every problem found, sorted by location; never empty. */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  private static String message(String what, Collection<Problem> problems) {
    checkArgument(!problems.isEmpty(), "a %s needs at least one problem", "ProblemsException");
    StringBuilder text = new StringBuilder(what).append(" has ").append(problems.size())
        .append(problems.size() == 1 ? " problem:" : " problems:");
    Ordering.natural().sortedCopy(problems).forEach(p -> text.append("\n  - ").append(p));
    return text.toString();
  }
}
