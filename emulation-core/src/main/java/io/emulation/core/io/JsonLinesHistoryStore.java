package io.emulation.core.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.emulation.core.EmulationException;
import io.emulation.core.award.PastAward;
import io.emulation.core.lifecycle.HistoryStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A {@link HistoryStore} in a JSON Lines file: one line per grant or revocation, appended, never
 * rewritten, so the file is also the audit trail of the history. A line reads {@code
 * {"op":"grant","participant":"p1","award":"lao-dong-tien-tien","period":"2021",
 * "kind":"emulation-title"}} ({@code op} is {@code grant} or {@code revoke}; {@code kind} one of {@code
 * emulation-title, commendation, ad-hoc, themed}). The history is the grants replayed in order.
 *
 * <p><b>Crash-safe appends.</b> Each append writes whole lines and forces them to disk under an
 * exclusive file lock. A crash mid-append leaves at most a last line without its line end: it is
 * ignored when reading and cut off before the next append. Other complete lines that are not
 * valid are reported with their line number.
 *
 * <p>The file is read when the store is opened and again, under the lock, before each append, so
 * appends from other processes are kept; {@link #reload} reads it on demand. Safe to use from
 * several threads and processes.
 *
 * @since 0.1
 */
public final class JsonLinesHistoryStore implements HistoryStore {
  /** One monitor per file, so stores of one file in this process append one at a time. */
  private static final ConcurrentMap<Path, Object> IN_PROCESS = new ConcurrentHashMap<>();

  private final Path file;
  private final Set<PastAward> grants = new LinkedHashSet<>();

  private JsonLinesHistoryStore(Path file) {
    this.file = file;
  }

  /**
   * The store in {@code file}, read now if it exists (it is created on the first append).
   *
   * @throws EmulationException naming the line of a line that is not valid
   */
  public static JsonLinesHistoryStore open(Path file) {
    JsonLinesHistoryStore store = new JsonLinesHistoryStore(requireNonNull(file, "file"));
    store.reload();
    return store;
  }

  /** The file. */
  public Path file() {
    return file;
  }

  /** Reads the file again, taking in what other processes appended. */
  public synchronized void reload() {
    try {
      replay(Files.exists(file) ? Files.readAllBytes(file) : new byte[0]);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the history in " + file, e);
    }
  }

  @Override
  public synchronized void record(Collection<PastAward> newGrants) {
    newGrants.forEach(g -> requireNonNull(g, "grant"));
    append(newGrants, false);
  }

  @Override
  public synchronized void revoke(Collection<PastAward> revoked) {
    revoked.forEach(g -> requireNonNull(g, "grant"));
    append(revoked, true);
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

  private void append(Collection<PastAward> changes, boolean revoke) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Object monitor = IN_PROCESS.computeIfAbsent(file.toAbsolutePath().normalize(),
          k -> new Object());
      synchronized (monitor) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
            StandardOpenOption.READ, StandardOpenOption.WRITE)) {
          FileLock lock = channel.lock();
          try {
            appendLocked(channel, changes, revoke);
          } finally {
            lock.release();
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to the history in " + file, e);
    }
  }

  private void appendLocked(FileChannel channel, Collection<PastAward> changes, boolean revoke)
      throws IOException {
    byte[] content = readAll(channel);
    replay(content);
    StringBuilder lines = new StringBuilder();
    Set<PastAward> pending = new LinkedHashSet<>(changes);
    for (PastAward grant : pending) {
      if (grants.contains(grant) == revoke) {
        lines.append(StoreJson.historyLine(revoke, grant)).append('\n');
      }
    }
    if (lines.length() == 0) {
      return;
    }
    long end = completeLength(content);
    channel.truncate(end);
    channel.position(end);
    ByteBuffer buffer = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
    channel.force(true);
    if (revoke) {
      pending.forEach(grants::remove);
    } else {
      grants.addAll(pending);
    }
  }

  private static byte[] readAll(FileChannel channel) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(channel.size()));
    channel.position(0);
    while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
      // keep reading
    }
    return buffer.array();
  }

  /** The length of the complete lines: up to and including the last line end. */
  private static long completeLength(byte[] content) {
    int end = content.length;
    while (end > 0 && content[end - 1] != '\n') {
      end--;
    }
    return end;
  }

  private void replay(byte[] content) {
    String text = new String(content, 0, (int) completeLength(content), StandardCharsets.UTF_8);
    Set<PastAward> replayed = new LinkedHashSet<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (!line.isEmpty()) {
        StoreJson.HistoryLine entry = StoreJson.historyLine(line, file + ":" + (i + 1));
        if (entry.revoke()) {
          replayed.remove(entry.grant());
        } else {
          replayed.add(entry.grant());
        }
      }
    }
    grants.clear();
    grants.addAll(replayed);
  }

  @Override
  public String toString() {
    return "JsonLinesHistoryStore{" + file + "}";
  }
}
