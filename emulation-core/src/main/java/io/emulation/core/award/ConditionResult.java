package io.emulation.core.award;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.emulation.core.text.Message;
import io.emulation.scoring.spi.Explanation;

/**
 * Whether a condition holds for one participant, and why, with the actual and required values:
 * {@code "grade COMPLETED, needs GOOD or better"} ({@code "xếp loại COMPLETED, cần GOOD trở lên"}
 * in Vietnamese). The reason is a {@link Message}, rendered in the reader's language with {@code
 * reason().in(locale)}; its {@code toString()} is English.
 *
 * <p>The built-in conditions give reasons from the bundled catalogs. A plugin's condition may give
 * its reason as plain text ({@link #met(String)}, kept as written in every language) or as an
 * {@link Explanation} that speaks the plugin's own languages.
 *
 * @param met whether the condition holds
 * @param reason the values compared, in words; never blank
 * @since 0.1
 */
public record ConditionResult(boolean met, Message reason) {

  /** Checks the reason. */
  public ConditionResult {
    requireNonNull(reason, "reason");
    checkArgument(!reason.isLiteral() || !((String) reason.args().get(0)).isBlank(),
        "a condition result needs a reason");
  }

  /** The condition holds, for a reason in one language (a plugin's text, kept as written). */
  public static ConditionResult met(String reason) {
    return of(true, reason);
  }

  /** The condition does not hold, for a reason in one language (kept as written). */
  public static ConditionResult unmet(String reason) {
    return of(false, reason);
  }

  /** Met or unmet as {@code met} says, for a reason in one language (kept as written). */
  public static ConditionResult of(boolean met, String reason) {
    return new ConditionResult(met, Message.literal(requireNonNull(reason, "reason")));
  }

  /**
   * The condition holds, for a reason in the reader's language: a {@link Message} is kept as it
   * is, a plugin's {@link Explanation} is rendered in the language asked for.
   *
   * @since 0.2
   */
  public static ConditionResult met(Explanation reason) {
    return of(true, reason);
  }

  /**
   * The condition does not hold, for a reason in the reader's language.
   *
   * @since 0.2
   */
  public static ConditionResult unmet(Explanation reason) {
    return of(false, reason);
  }

  /**
   * Met or unmet as {@code met} says, for a reason in the reader's language.
   *
   * @since 0.2
   */
  public static ConditionResult of(boolean met, Explanation reason) {
    requireNonNull(reason, "reason");
    return new ConditionResult(met, reason instanceof Explanation.Fixed fixed
        ? Message.literal(fixed.text()) : Message.from(reason));
  }
}
