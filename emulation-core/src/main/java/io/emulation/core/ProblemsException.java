package io.emulation.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Ordering;
import io.emulation.core.text.Message;
import java.util.Collection;
import java.util.Locale;

/**
 * An {@link EmulationException} that carries every problem found, sorted by location, rather
 * than the first one. The message lists them all, one per line: {@link #getMessage()} in
 * English, {@link #getMessage(Locale)} in the reader's language (locations are the same in
 * every language).
 *
 * @since 0.1
 */
public abstract class ProblemsException extends EmulationException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // ImmutableList is serializable
  private final ImmutableList<Problem> problems;
  /** What was checked; null after deserialization. */
  private final transient Message what;

  /**
   * @param what what was being checked, e.g. {@code "campaign 'q2-2021'"}, in English (kept as
   *     written in every language)
   * @param problems at least one problem
   */
  protected ProblemsException(String what, Collection<Problem> problems) {
    this(Message.literal(requireNonNull(what, "what")), problems);
  }

  /**
   * @param what what was being checked, e.g. {@code Message.of("campaign.what", "q2-2021")}
   * @param problems at least one problem
   * @since 0.2
   */
  protected ProblemsException(Message what, Collection<Problem> problems) {
    super(message(what, sorted(problems), Locale.ENGLISH));
    this.what = what;
    this.problems = sorted(problems);
  }

  /** Every problem found, sorted by location; never empty. */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  /**
   * What was checked and every problem found, one per line, in the given language.
   *
   * @since 0.2
   */
  @Override
  public String getMessage(Locale locale) {
    requireNonNull(locale, "locale");
    return what == null ? getMessage() : message(what, problems, locale);
  }

  private static ImmutableList<Problem> sorted(Collection<Problem> problems) {
    checkArgument(!problems.isEmpty(), "a %s needs at least one problem", "ProblemsException");
    return Ordering.natural().immutableSortedCopy(problems);
  }

  private static String message(Message what, ImmutableList<Problem> problems, Locale locale) {
    StringBuilder text = new StringBuilder(
        Message.of("problems.header", what, problems.size()).in(locale));
    problems.forEach(p -> text.append("\n  - ").append(p.describe(locale)));
    return text.toString();
  }
}
