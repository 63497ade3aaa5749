package io.emulation.core.ranking;

import io.emulation.core.text.Message;

/** Rank keys for tests. */
public final class RankKeys {
  private RankKeys() {}

  /**
   * The key behind a type of the test's own, which the engine treats as any key it does not
   * know: its placements keep their explanations as made.
   */
  public static RankKey anotherType(RankKey key) {
    return new RankKey() {
      @Override
      public int compare(Standing a, Standing b) {
        return key.compare(a, b);
      }

      @Override
      public Message description() {
        return key.description();
      }

      @Override
      public Message value(Standing standing) {
        return key.value(standing);
      }
    };
  }
}
