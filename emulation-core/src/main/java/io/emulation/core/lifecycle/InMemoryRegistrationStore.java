package io.emulation.core.lifecycle;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link RegistrationStore} in memory. Thread-safe.
 *
 * @since 0.1
 */
public final class InMemoryRegistrationStore implements RegistrationStore {
  private final Map<String, RegistrationBook> books = new ConcurrentHashMap<>();

  private InMemoryRegistrationStore() {}

  /** An empty store. */
  public static InMemoryRegistrationStore create() {
    return new InMemoryRegistrationStore();
  }

  @Override
  public Optional<RegistrationBook> load(String campaignId) {
    return Optional.ofNullable(books.get(requireNonNull(campaignId, "campaignId")));
  }

  @Override
  public void save(RegistrationBook book) {
    books.put(book.campaignId(), book);
  }

  @Override
  public String toString() {
    return "InMemoryRegistrationStore{" + books.keySet() + "}";
  }
}
