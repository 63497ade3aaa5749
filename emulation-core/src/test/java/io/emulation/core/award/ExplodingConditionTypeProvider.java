package io.emulation.core.award;

import java.util.List;

/** A broken plugin: its condition types cannot be listed. */
public final class ExplodingConditionTypeProvider implements ConditionTypeProvider {

  /** Creates the provider. */
  public ExplodingConditionTypeProvider() {}

  @Override
  public List<ConditionType> conditionTypes() {
    throw new IllegalStateException("boom");
  }
}
