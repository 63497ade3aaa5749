package io.emulation.core.lifecycle;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.emulation.core.award.PastAward;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@link HistoryStore} in memory, for tests and hosts that persist history themselves.
 * Thread-safe.
 *
 * @since 0.1
 */
public final class InMemoryHistoryStore implements HistoryStore {
  private final Set<PastAward> grants = new LinkedHashSet<>();

  private InMemoryHistoryStore() {}

  /** An empty store. */
  public static InMemoryHistoryStore create() {
    return new InMemoryHistoryStore();
  }

  @Override
  public synchronized void record(Collection<PastAward> newGrants) {
    newGrants.forEach(g -> grants.add(requireNonNull(g, "grant")));
  }

  @Override
  public synchronized void revoke(Collection<PastAward> revoked) {
    revoked.forEach(grants::remove);
  }

  @Override
  public synchronized ImmutableList<PastAward> all() {
    return ImmutableList.copyOf(grants);
  }

  @Override
  public synchronized List<PastAward> grantsTo(String participantId) {
    requireNonNull(participantId, "participantId");
    return grants.stream().filter(g -> g.participantId().equals(participantId))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "InMemoryHistoryStore{" + all().size() + " grants}";
  }
}
