package io.emulation.core.award;

import java.util.List;

/**
 * The service a plugin registers (in {@code META-INF/services} and with {@code provides}) to
 * contribute {@link ConditionType}s.
 *
 * @since 0.1
 */
public interface ConditionTypeProvider {

  /** The condition types; never {@code null}. */
  List<ConditionType> conditionTypes();
}
