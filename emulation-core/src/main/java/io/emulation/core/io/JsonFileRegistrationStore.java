package io.emulation.core.io;

import static java.util.Objects.requireNonNull;

import io.emulation.core.EmulationException;
import io.emulation.core.lifecycle.RegistrationBook;
import io.emulation.core.lifecycle.RegistrationStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * A {@link RegistrationStore} in a folder: one JSON file per campaign, {@code
 * <root>/<campaign>.registrations.json} (other characters than letters, digits, {@code -} and
 * {@code _} written {@code %XX}). Saving writes a temporary file, forces it to disk and renames it
 * over the old one atomically, so a crash leaves either the old book or the new one, never a mix.
 * Outcomes are stored as recorded and restored without being decided again.
 *
 * <p>The JSON: {@code format} ({@code "emulation-registrations"}), {@code formatVersion} (1),
 * {@code campaign}, {@code window {opens, closes}} (ISO dates), {@code policy {late, duplicate}}
 * ({@code reject|flag}) and {@code registrations [{participant, award, on, outcome:
 * accepted|flagged|rejected, issues: [early|late|duplicate]}]}.
 *
 * <p>Safe to use from several threads; the last save wins.
 *
 * @since 0.1
 */
public final class JsonFileRegistrationStore implements RegistrationStore {
  private static final String SUFFIX = ".registrations.json";

  private final Path root;

  private JsonFileRegistrationStore(Path root) {
    this.root = root;
  }

  /** A store in the folder {@code root}, created on the first save. */
  public static JsonFileRegistrationStore at(Path root) {
    return new JsonFileRegistrationStore(requireNonNull(root, "root"));
  }

  /** The folder. */
  public Path root() {
    return root;
  }

  /**
   * {@inheritDoc}
   *
   * @throws EmulationException naming the file and JSON path of anything not valid
   */
  @Override
  public Optional<RegistrationBook> load(String campaignId) {
    Path file = file(campaignId);
    try {
      return Optional.of(StoreJson.registrations(Files.readAllBytes(file), file.toString()));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the registrations in " + file, e);
    }
  }

  @Override
  public void save(RegistrationBook book) {
    Path file = file(requireNonNull(book, "book").campaignId());
    try {
      Files.createDirectories(root);
      StoreFiles.replace(file, StoreJson.registrations(book));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the registrations in " + file, e);
    }
  }

  /**
   * Deletes the temporary files that saves which crashed left, last modified before {@code
   * before} (the host's time).
   *
   * @return how many were deleted
   */
  public int removeTemporaryFiles(Instant before) {
    return StoreFiles.removeTemporaryFiles(root, 0, requireNonNull(before, "before"));
  }

  private Path file(String campaignId) {
    return root.resolve(StoreFiles.encode(requireNonNull(campaignId, "campaignId")) + SUFFIX);
  }

  @Override
  public String toString() {
    return "JsonFileRegistrationStore{" + root + "}";
  }
}
