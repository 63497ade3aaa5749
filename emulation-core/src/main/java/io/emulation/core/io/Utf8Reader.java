package io.emulation.core.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import io.emulation.core.text.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;
import java.util.Optional;

/**
 * Decodes UTF-8 strictly: malformed bytes end the text, instead of turning into replacement
 * characters, and {@link #failure()} then names the line and character where they are. Every
 * character decoded before the bad bytes is delivered, so the rows before them are read.
 */
final class Utf8Reader extends Reader {
  private final InputStream in;
  private final CharsetDecoder decoder = UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
  private final CharBuffer chars = CharBuffer.allocate(8192).flip();
  private boolean endOfBytes;
  private boolean finished;
  private Malformed failure;
  private int line = 1;
  private int column = 1;

  Utf8Reader(InputStream in) {
    this.in = requireNonNull(in, "in");
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (!chars.hasRemaining() && !fill()) {
      return -1;
    }
    int count = Math.min(length, chars.remaining());
    chars.get(buffer, offset, count);
    for (int i = offset; i < offset + count; i++) {
      if (buffer[i] == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return count;
  }

  /** Decodes the next characters; false at the end of the input. */
  private boolean fill() throws IOException {
    chars.clear();
    while (chars.position() == 0) {
      if (finished) {
        chars.flip();
        return false;
      }
      CoderResult result = decoder.decode(bytes, chars, endOfBytes);
      if (result.isError()) {
        failure = malformed(bytes.get(bytes.position()) & 0xFF);
        finished = true;
      } else if (result.isUnderflow()) {
        if (endOfBytes) {
          decoder.flush(chars);
          finished = true;
        } else {
          readBytes();
        }
      }
    }
    chars.flip();
    return true;
  }

  /** The bad byte at the end of the characters decoded so far, delivered or not. */
  private Malformed malformed(int badByte) {
    int atLine = line;
    int atColumn = column;
    for (int i = 0; i < chars.position(); i++) {
      if (chars.get(i) == '\n') {
        atLine++;
        atColumn = 1;
      } else {
        atColumn++;
      }
    }
    return new Malformed(atLine, atColumn, badByte);
  }

  /** The bad bytes that ended the text, if any; known once the end was read. */
  Optional<Malformed> failure() {
    return Optional.ofNullable(failure);
  }

  private void readBytes() throws IOException {
    bytes.compact();
    int read = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
    if (read < 0) {
      endOfBytes = true;
    } else {
      bytes.position(bytes.position() + read);
    }
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /**
   * Bytes that are not UTF-8.
   *
   * @param line the line they are on, from 1
   * @param column the character of the line where they are, from 1
   * @param badByte the first bad byte
   */
  record Malformed(int line, int column, int badByte) {

    /** What is wrong, for a problem at the line. */
    Message text() {
      return Message.of("io.csv.malformedUtf8", String.format(Locale.ROOT, "%02X", badByte),
          column);
    }
  }
}
