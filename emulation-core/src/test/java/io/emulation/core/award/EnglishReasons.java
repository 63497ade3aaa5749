package io.emulation.core.award;

import java.util.Comparator;

/** Test helpers for reasons written in the tests as their English text. */
final class EnglishReasons {
  /**
   * Orders condition results by whether they are met and by their reason's English text, so a
   * result compares equal to {@code ConditionResult.met("english text")}.
   */
  static final Comparator<ConditionResult> IN_ENGLISH = Comparator
      .<ConditionResult, Boolean>comparing(ConditionResult::met)
      .thenComparing(result -> result.reason().toString());

  private EnglishReasons() {}
}
