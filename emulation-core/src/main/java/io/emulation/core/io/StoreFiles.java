package io.emulation.core.io;

import io.emulation.core.EmulationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Crash-safe file writes for the JSON-file stores, and the file names they use.
 *
 * <p>Every write goes to a temporary file in the target's folder (a name starting with {@code .}
 * and ending with {@code .tmp}, which readers ignore), is forced to disk, and only then becomes
 * the target, by an operation the file system does atomically:
 *
 * <ul>
 *   <li>{@link #createNew}: a hard link ({@link Files#createLink}) from the target name to the
 *       temporary file. Linking fails when the target exists, so it is an atomic
 *       create-if-absent: a file is never half-written under its name, and of two writers of
 *       the same name exactly one succeeds. A rename cannot do this: on POSIX file systems an
 *       atomic rename replaces an existing target without a word, and a move that checks first
 *       leaves a window between the check and the rename.
 *   <li>{@link #replace}: an atomic rename over the target, for files that are meant to be
 *       replaced as a whole.
 * </ul>
 *
 * <p>Then the temporary name is removed and the folder forced, so the new name survives a power
 * cut. A crash before the link or rename leaves only a temporary file, never a partial target;
 * {@link #removeTemporaryFiles} clears those left behind.
 */
final class StoreFiles {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private StoreFiles() {}

  /** A fault injected between the two halves of a write; tests use it to simulate a crash. */
  @FunctionalInterface
  interface WriteFault {
    /** No fault. */
    WriteFault NONE = temp -> { };

    /** Called with half the bytes written to {@code temp}. */
    void midWrite(Path temp) throws IOException;
  }

  /**
   * Writes {@code bytes} as the new file {@code target}, atomically.
   *
   * @throws FileAlreadyExistsException when the target exists; nothing is changed
   * @throws EmulationException when the file system has no hard links
   */
  static void createNew(Path target, byte[] bytes, WriteFault fault) throws IOException {
    Path temp = writeTemporary(target, bytes, fault);
    try {
      Files.createLink(target, temp);
    } catch (UnsupportedOperationException e) {
      throw new EmulationException("the file system of " + target.getParent()
          + " does not support hard links, which publishing a revision atomically needs", e);
    } finally {
      Files.deleteIfExists(temp);
    }
    forceFolder(target.getParent());
  }

  /** Writes {@code bytes} as {@code target}, replacing it atomically if it exists. */
  static void replace(Path target, byte[] bytes) throws IOException {
    Path temp = writeTemporary(target, bytes, WriteFault.NONE);
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
    forceFolder(target.getParent());
  }

  private static Path writeTemporary(Path target, byte[] bytes, WriteFault fault)
      throws IOException {
    Path temp = target.resolveSibling("." + target.getFileName() + "-" + UUID.randomUUID()
        + ".tmp");
    boolean written = false;
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE)) {
      int half = bytes.length / 2;
      writeFully(channel, ByteBuffer.wrap(bytes, 0, half));
      fault.midWrite(temp);
      writeFully(channel, ByteBuffer.wrap(bytes, half, bytes.length - half));
      channel.force(true);
      written = true;
    } finally {
      if (!written) {
        Files.deleteIfExists(temp);
      }
    }
    return temp;
  }

  private static void writeFully(FileChannel channel, ByteBuffer buffer) throws IOException {
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
  }

  /** Forces a folder's entries to disk where the platform allows it (not on Windows). */
  static void forceFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // folders cannot be opened for syncing on some platforms; the data itself is forced
    }
  }

  /** Whether a file name is a temporary one of these writes. */
  static boolean isTemporary(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith(".") && name.endsWith(".tmp");
  }

  /**
   * Deletes the temporary files in {@code folder} and the folders below it, down to {@code
   * depth}, last modified before {@code before}: what writers that crashed left behind.
   *
   * @return how many were deleted
   */
  static int removeTemporaryFiles(Path folder, int depth, Instant before) {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    int removed = 0;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        if (Files.isDirectory(entry)) {
          removed += depth > 0 ? removeTemporaryFiles(entry, depth - 1, before) : 0;
        } else if (isTemporary(entry)
            && Files.getLastModifiedTime(entry).compareTo(FileTime.from(before)) < 0
            && Files.deleteIfExists(entry)) {
          removed++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clean temporary files in " + folder, e);
    }
    return removed;
  }

  /**
   * A name safe as a file name on any platform: letters, digits, {@code -} and {@code _} kept,
   * every other byte of its UTF-8 form written {@code %XX}. Names differing only in case stay
   * distinct only on case-sensitive file systems.
   */
  static String encode(String name) {
    StringBuilder out = new StringBuilder();
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '_')) {
        out.append(c);
      } else {
        out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
      }
    }
    return out.toString();
  }

  /** The name {@link #encode} was given, if {@code encoded} is the encoding of a name. */
  static Optional<String> decode(String encoded) {
    byte[] bytes = new byte[encoded.length()];
    int length = 0;
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '%' && i + 2 < encoded.length()) {
        int high = Character.digit(encoded.charAt(i + 1), 16);
        int low = Character.digit(encoded.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          return Optional.empty();
        }
        bytes[length++] = (byte) (high << 4 | low);
        i += 2;
      } else {
        bytes[length++] = (byte) c;
      }
    }
    String name = new String(bytes, 0, length, StandardCharsets.UTF_8);
    return encode(name).equals(encoded) ? Optional.of(name) : Optional.empty();
  }
}
