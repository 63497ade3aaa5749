package io.emulation.core.lifecycle;

import java.util.Optional;

/**
 * Where a host keeps each campaign's {@link RegistrationBook} between runs. Saving replaces the
 * campaign's book as a whole; a book is immutable, so what was saved is exactly what is loaded.
 *
 * <p>Implementations are safe to use from several threads. {@link InMemoryRegistrationStore}
 * keeps books in memory; {@code io.emulation.core.io.JsonFileRegistrationStore} writes a file per
 * campaign.
 *
 * @since 0.1
 */
public interface RegistrationStore {

  /** The campaign's book, if one was saved. */
  Optional<RegistrationBook> load(String campaignId);

  /** Saves the book, replacing the campaign's earlier one. */
  void save(RegistrationBook book);
}
