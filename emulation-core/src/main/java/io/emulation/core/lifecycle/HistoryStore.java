package io.emulation.core.lifecycle;

import com.google.common.collect.ImmutableList;
import io.emulation.core.award.AwardHistory;
import io.emulation.core.award.PastAward;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Where a host keeps award history between evaluations: an {@link AwardHistory} that grants can
 * be recorded into and revoked from (a revision that takes an award away). Recording a grant
 * already held, or revoking one not held, does nothing, so replaying is safe.
 *
 * <p>Implementations are safe to use from several threads. {@link InMemoryHistoryStore} keeps
 * grants in memory; {@code io.emulation.core.io.JsonLinesHistoryStore} appends them to a file.
 *
 * @since 0.1
 */
public interface HistoryStore extends AwardHistory {

  /** Records grants (see {@link GrantHistory}); those already held are skipped. */
  void record(Collection<PastAward> grants);

  /** Revokes grants; those not held are skipped. */
  void revoke(Collection<PastAward> grants);

  /** Every grant held, in the order first recorded. */
  ImmutableList<PastAward> all();

  /**
   * Brings the history from one revision's grants to the next: revokes those in {@code before}
   * but not in {@code after}, then records those in {@code after} but not in {@code before}.
   */
  default void replace(Collection<PastAward> before, Collection<PastAward> after) {
    Set<PastAward> lost = new LinkedHashSet<>(before);
    lost.removeAll(Set.copyOf(after));
    Set<PastAward> gained = new LinkedHashSet<>(after);
    gained.removeAll(Set.copyOf(before));
    revoke(lost);
    record(gained);
  }
}
