package io.emulation.core.award;

import io.emulation.core.org.ParticipantKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An eligibility condition of an award rule: "rated good or better", "holds Lao động tiên tiến",
 * "more than 50% of members hold Lao động tiên tiến". Conditions compose with {@link
 * Conditions#all}, {@link Conditions#any}, {@link Conditions#atLeast} and {@link Conditions#not}.
 *
 * <p>Implementations are immutable values (the built-ins are records, so they compare and
 * serialize by their parameters) and must be pure: the same context gives the same result.
 * Custom conditions come from a {@link ConditionType} plugin.
 *
 * @since 0.1
 */
public interface Condition {

  /** Whether the condition holds for the context's participant, and why. */
  ConditionResult evaluate(ConditionContext context);

  /** The condition in words, in English, e.g. {@code "grade GOOD or better"}. */
  String describe();

  /**
   * The condition in words in the given language, e.g. {@code "xếp loại GOOD trở lên"} in
   * Vietnamese; the built-in conditions speak Vietnamese and English. Defaults to {@link
   * #describe()}, for a plugin's condition that speaks one language.
   *
   * @since 0.2
   */
  default String describe(Locale locale) {
    return describe();
  }

  /**
   * The awards whose grants in the same evaluation this condition reads, so rules are evaluated
   * after the rules granting those awards. Defaults to none.
   */
  default Set<String> awardsRead() {
    return Set.of();
  }

  /** The conditions this one combines (for all / any / not); empty for a simple condition. */
  default List<Condition> children() {
    return List.of();
  }

  /** The only kind of participant this condition makes sense for, if it is restricted. */
  default Optional<ParticipantKind> onlyFor() {
    return Optional.empty();
  }
}
