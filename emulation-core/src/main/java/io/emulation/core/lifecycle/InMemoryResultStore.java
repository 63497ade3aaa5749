package io.emulation.core.lifecycle;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.emulation.core.period.Period;
import io.emulation.core.text.Message;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link ResultStore} in memory, for tests and hosts that persist results themselves.
 * Thread-safe: the version check and the append happen atomically.
 *
 * @since 0.1
 */
public final class InMemoryResultStore implements ResultStore {
  private final Map<Key, ImmutableList<Revision>> revisions = new ConcurrentHashMap<>();

  private InMemoryResultStore() {}

  /** An empty store. */
  public static InMemoryResultStore create() {
    return new InMemoryResultStore();
  }

  @Override
  public Revision publish(ResultSnapshot snapshot, int expectedVersion, String author,
      Message reason, Instant recordedAt) {
    requireNonNull(snapshot, "snapshot");
    checkArgument(expectedVersion >= 0, "expected version must be >= 0 but was %s",
        expectedVersion);
    Key key = new Key(snapshot.campaignId(), snapshot.period());
    Revision[] written = new Revision[1];
    revisions.compute(key, (k, existing) -> {
      ImmutableList<Revision> all = existing == null ? ImmutableList.of() : existing;
      if (all.size() != expectedVersion) {
        throw new RevisionConflictException(k.campaignId(), k.period(), expectedVersion,
            all.size());
      }
      written[0] = Revision.after(all.isEmpty() ? Optional.empty()
          : Optional.of(all.get(all.size() - 1)), snapshot, author, reason, recordedAt);
      return ImmutableList.<Revision>builder().addAll(all).add(written[0]).build();
    });
    return written[0];
  }

  @Override
  public ImmutableList<Revision> revisions(String campaignId, Period period) {
    return revisions.getOrDefault(new Key(campaignId, period), ImmutableList.of());
  }

  @Override
  public ImmutableList<Period> periods(String campaignId) {
    requireNonNull(campaignId, "campaignId");
    return revisions.keySet().stream().filter(k -> k.campaignId().equals(campaignId))
        .map(Key::period).sorted().collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "InMemoryResultStore{" + revisions.size() + " results}";
  }

  /** A campaign and period. */
  private record Key(String campaignId, Period period) {
    Key {
      requireNonNull(campaignId, "campaignId");
      requireNonNull(period, "period");
    }
  }
}
