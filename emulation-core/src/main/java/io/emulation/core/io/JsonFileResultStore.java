package io.emulation.core.io;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.emulation.core.EmulationException;
import io.emulation.core.io.StoreFiles.WriteFault;
import io.emulation.core.lifecycle.ResultSnapshot;
import io.emulation.core.lifecycle.ResultStore;
import io.emulation.core.lifecycle.Revision;
import io.emulation.core.lifecycle.RevisionConflictException;
import io.emulation.core.period.Period;
import io.emulation.core.text.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link ResultStore} in a folder: one JSON file per revision, under a folder per campaign and
 * period, {@code <root>/<campaign>/<period>/revision-000001.json} (names with characters other
 * than letters, digits, {@code -} and {@code _} are written {@code %XX}, so a custom period
 * {@code 2021-03-01..2021-05-31} is the folder {@code 2021-03-01%2E%2E2021-05-31}).
 *
 * <p><b>Atomic, never overwritten.</b> A revision is written to a temporary file in its folder
 * (named {@code .revision-...tmp}), forced to disk, then given its name with a hard link, which
 * the file system refuses when the name exists ({@link Files#createLink}); then the temporary
 * name is removed. So a crash mid-write leaves at most a temporary file, never a partial
 * revision, and two publishers of the same number, in this process or another, cannot both
 * succeed: the loser gets a {@link RevisionConflictException}. A rename would not do: on POSIX an
 * atomic rename silently replaces an existing file. The file system must support hard links
 * (local POSIX file systems and NTFS do).
 *
 * <p>Readers ignore temporary files; {@link #removeTemporaryFiles} deletes those a crashed writer
 * left. A revision file that is not valid is reported with its path and JSON path, never skipped.
 * The JSON of a revision: {@code format} ({@code "emulation-revision"}), {@code formatVersion}
 * (1), {@code campaign, period, revision, author, reason, recordedAt} (ISO-8601 instant), {@code
 * participants} ({@code id, kind, unit, total, grade, rank, awards}) and {@code diff} ({@code
 * added, removed, awards [{participant, award, change: gained|lost}], fields [{participant,
 * field: kind|unit|total|grade|rank, before, after}]}).
 *
 * <p>The reason keeps its language: text a person wrote is a JSON string, kept as written; a
 * catalog message is stored as its key and typed arguments ({@code {"key":
 * "...", "args": [{"string": "m01"}, {"decimal": "87.50"}, ...]}}), and a plugin's explanation in
 * every supported language ({@code {"translations": {"en": "...", "vi": "..."}}}), so a revision
 * read back renders in Vietnamese or English as it did before it was stored. Files that hold the
 * reason as a plain string, as all older ones do, read back as that text.
 *
 * <p>Safe to use from several threads and processes.
 *
 * @since 0.1
 */
public final class JsonFileResultStore implements ResultStore {
  private static final Pattern REVISION = Pattern.compile("revision-([0-9]{6,9})\\.json");

  private final Path root;
  private final WriteFault fault;

  JsonFileResultStore(Path root, WriteFault fault) {
    this.root = requireNonNull(root, "root");
    this.fault = requireNonNull(fault, "fault");
  }

  /** A store in the folder {@code root}, created when the first revision is published. */
  public static JsonFileResultStore at(Path root) {
    return new JsonFileResultStore(root, WriteFault.NONE);
  }

  /** The folder the store writes to. */
  public Path root() {
    return root;
  }

  @Override
  public Revision publish(ResultSnapshot snapshot, int expectedVersion, String author,
      Message reason, Instant recordedAt) {
    requireNonNull(snapshot, "snapshot");
    checkArgument(expectedVersion >= 0, "expected version must be >= 0 but was %s",
        expectedVersion);
    String campaignId = snapshot.campaignId();
    Period period = snapshot.period();
    Path folder = folder(campaignId, period);
    try {
      Files.createDirectories(folder);
      int actual = numbers(folder).size();
      if (actual != expectedVersion) {
        throw new RevisionConflictException(campaignId, period, expectedVersion, actual);
      }
      Optional<Revision> previous = actual == 0 ? Optional.empty()
          : Optional.of(read(folder, actual, campaignId, period));
      Revision revision = Revision.after(previous, snapshot, author, reason, recordedAt);
      try {
        StoreFiles.createNew(file(folder, revision.number()), StoreJson.revision(revision),
            fault);
      } catch (FileAlreadyExistsException e) {
        throw new RevisionConflictException(campaignId, period, expectedVersion,
            numbers(folder).size());
      }
      return revision;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot publish a revision of campaign '" + campaignId
          + "' for " + period + " in " + folder, e);
    }
  }

  @Override
  public ImmutableList<Revision> revisions(String campaignId, Period period) {
    Path folder = folder(campaignId, period);
    try {
      ImmutableList.Builder<Revision> revisions = ImmutableList.builder();
      for (int number : numbers(folder)) {
        revisions.add(read(folder, number, campaignId, period));
      }
      return revisions.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the revisions in " + folder, e);
    }
  }

  @Override
  public Optional<Revision> revision(String campaignId, Period period, int number) {
    Path folder = folder(campaignId, period);
    try {
      return number >= 1 && number <= numbers(folder).size()
          ? Optional.of(read(folder, number, campaignId, period)) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read revision " + number + " in " + folder, e);
    }
  }

  @Override
  public Optional<Revision> latest(String campaignId, Period period) {
    int version = version(campaignId, period);
    return version == 0 ? Optional.empty() : revision(campaignId, period, version);
  }

  @Override
  public int version(String campaignId, Period period) {
    Path folder = folder(campaignId, period);
    try {
      return numbers(folder).size();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the revisions in " + folder, e);
    }
  }

  @Override
  public ImmutableList<Period> periods(String campaignId) {
    Path folder = root.resolve(StoreFiles.encode(requireNonNull(campaignId, "campaignId")));
    List<Period> periods = new ArrayList<>();
    if (Files.isDirectory(folder)) {
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
        for (Path entry : entries) {
          Optional<Period> period = StoreFiles.decode(entry.getFileName().toString())
              .flatMap(JsonFileResultStore::period);
          if (Files.isDirectory(entry) && period.isPresent() && !numbers(entry).isEmpty()) {
            periods.add(period.get());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list the periods in " + folder, e);
      }
    }
    return periods.stream().sorted().collect(ImmutableList.toImmutableList());
  }

  /**
   * Deletes the temporary files that writers which crashed left, last modified before {@code
   * before} (the host's time; pick one well before any write still running could have started).
   *
   * @return how many were deleted
   */
  public int removeTemporaryFiles(Instant before) {
    return StoreFiles.removeTemporaryFiles(root, 2, requireNonNull(before, "before"));
  }

  private static Optional<Period> period(String text) {
    try {
      return Optional.of(Period.parse(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private Path folder(String campaignId, Period period) {
    requireNonNull(campaignId, "campaignId");
    requireNonNull(period, "period");
    return root.resolve(StoreFiles.encode(campaignId))
        .resolve(StoreFiles.encode(period.toString()));
  }

  private static Path file(Path folder, int number) {
    return folder.resolve(String.format("revision-%06d.json", number));
  }

  /** The revision numbers in the folder, 1 to n; a gap is reported. */
  private static List<Integer> numbers(Path folder) throws IOException {
    List<Integer> numbers = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return numbers;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        Matcher m = REVISION.matcher(entry.getFileName().toString());
        if (m.matches()) {
          numbers.add(Integer.parseInt(m.group(1)));
        }
      }
    }
    numbers.sort(null);
    for (int i = 0; i < numbers.size(); i++) {
      if (numbers.get(i) != i + 1) {
        throw new EmulationException("revision " + (i + 1) + " is missing from " + folder
            + ", which holds revisions " + numbers);
      }
    }
    return numbers;
  }

  private static Revision read(Path folder, int number, String campaignId, Period period)
      throws IOException {
    Path file = file(folder, number);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new EmulationException("revision " + number + " is missing: " + file, e);
    }
    Revision revision = StoreJson.revision(bytes, file.toString());
    if (revision.number() != number || !revision.campaignId().equals(campaignId)
        || !revision.period().equals(period)) {
      throw new EmulationException(file + " holds revision " + revision.number()
          + " of campaign '" + revision.campaignId() + "' for " + revision.period()
          + ", not revision " + number + " of campaign '" + campaignId + "' for " + period);
    }
    return revision;
  }

  @Override
  public String toString() {
    return "JsonFileResultStore{" + root + "}";
  }
}
