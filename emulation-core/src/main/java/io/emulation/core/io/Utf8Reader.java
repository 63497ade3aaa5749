package io.emulation.core.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes UTF-8 strictly: malformed bytes end the read with a {@link MalformedException} naming
 * the line and character where they are, instead of turning into replacement characters. Every
 * character decoded before the bad bytes is delivered first, so the rows before them are read.
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
  private int badByte = -1;
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
      if (badByte >= 0) {
        chars.flip();
        throw new MalformedException(line, column, badByte);
      }
      if (finished) {
        chars.flip();
        return false;
      }
      CoderResult result = decoder.decode(bytes, chars, endOfBytes);
      if (result.isError()) {
        badByte = bytes.get(bytes.position()) & 0xFF;
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

  /** Bytes that are not UTF-8, at a line and character of the decoded text. */
  static final class MalformedException extends IOException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    MalformedException(int line, int column, int badByte) {
      super(String.format("byte 0x%02X at character %d is not valid UTF-8; save the file as "
          + "UTF-8", badByte, column));
      this.line = line;
      this.column = column;
    }

    /** The line of the bad bytes, from 1. */
    int line() {
      return line;
    }

    /** The character in the line where the bad bytes are, from 1. */
    int column() {
      return column;
    }
  }
}
