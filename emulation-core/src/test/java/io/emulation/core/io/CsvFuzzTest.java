package io.emulation.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.emulation.core.InvalidDataException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random mutations of a valid file of every CSV layout {@link CsvData} reads (drop,
 * duplicate, swap and truncate lines, delete, insert and flip bytes, replace a field with a
 * hostile value): each read either succeeds or ends in an {@link InvalidDataException} that names
 * the file; nothing else escapes. A failure names the layout and seed, so it reproduces; seeds
 * that once failed go to {@link #REGRESSIONS}.
 */
class CsvFuzzTest {
  private static final int SEEDS_PER_LAYOUT = 40;
  /** Seeds that found bugs, kept as regression cases: {@code layout:seed}. */
  private static final List<String> REGRESSIONS = List.of();

  private static final List<Layout> LAYOUTS = List.of(
      new Layout("measurements", """
          participant,criterion,period,value,target,source
          a1,output,2021-Q1,50,,
          a1,output,2021-Q2,-62.75,70,Hệ thống ERP của Phân xưởng Cơ khí
          b1,safety,2021-H1,0,,"ERP, ca 2"
          """, CsvData::readMeasurements),
      new Layout("adjustments", """
          participant,period,kind,points,reason
          a1,2021-Q2,bonus,2,Giúp đỡ tổ mới của Nguyễn Thị Ánh
          a2,2021-H1,PENALTY,1.5,"Đi muộn, hai lần"
          """, CsvData::readAdjustments),
      new Layout("registrations", """
          participant,award
          a1,lao-dong-tien-tien
          a1,chien-si-thi-dua-co-so
          w1,tap-the-lao-dong-tien-tien
          """, CsvData::readRegistrations),
      new Layout("registration-pairs", """
          participant,award
          b1,giay-khen
          a1,lao-dong-tien-tien
          """, CsvData::readRegistrationPairs),
      new Layout("history", """
          participant,award,period,kind
          a1,lao-dong-tien-tien,2019,emulation-title
          a1,giay-khen,2020,Commendation
          a1,khen-dot-xuat,2020-05,ad_hoc
          a1,chuyen-de,2020-H2,themed
          """, CsvData::readHistory),
      new Layout("initiatives", """
          participant,title,reach,period
          a1,Cải tiến đồ gá hàn của Phân xưởng Cơ khí,grassroots,2021-Q2
          b1,"Dây chuyền sơn tĩnh điện, giai đoạn 2",NATIONAL,2021
          """, CsvData::readInitiatives),
      new Layout("individuals", """
          id,name,unit,hired,discipline,underReview,directProduction
          a1,Nguyễn Thị Ánh,co-khi,2019-03-01,reprimand,yes,TRUE
          b1,Lê Hoàng Cường,dien,,,,no
          c1,Phạm Văn Dũng,dien,,removal-from-post,,
          """, CsvData::readIndividuals));

  /** Bytes worth inserting: CSV syntax, line ends, NUL, a BOM, broken UTF-8. */
  private static final byte[][] INSERTS = {
      {','}, {'"'}, {'\n'}, {'\r'}, {'\r', '\n'}, {0}, {'\t'}, {';'}, {' '}, {'\\'},
      {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0x80},
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80}};

  /** Field values that have broken parsers: huge and odd numbers, dates, empties, quotes. */
  private static final List<String> HOSTILE_FIELDS = List.of("", " ", "-", "+", "0", "-0",
      "9".repeat(4000), "1e999999999", "-1E-999999999", "0x1F", "NaN", "Infinity", "1,5", "1_000",
      "2021-Q5", "2021-Q0", "2021-H3", "2021-13", "2021-02-30", "999999999-Q1", "-2021",
      "2021-01-01..2020-01-01", "\"", "\"\"", "\"a\"b", "a\"b", "x".repeat(100_000),
      "yes please", "TRUE ", "Removal From Post", "REPRIMAND\u0000", "ạ", "\uD83D\uDE00");

  /** A CSV layout: its name, a valid file, and how {@link CsvData} reads it. */
  private record Layout(String name, String valid, BiConsumer<CsvData, Path> read) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> layoutsAndSeeds() {
    Stream<Arguments> random = LAYOUTS.stream().flatMap(layout ->
        LongStream.rangeClosed(1, SEEDS_PER_LAYOUT).mapToObj(seed -> Arguments.of(layout, seed)));
    Stream<Arguments> regressions = REGRESSIONS.stream().map(kept -> {
      String[] parts = kept.split(":");
      Layout layout = LAYOUTS.stream().filter(l -> l.name().equals(parts[0])).findFirst()
          .orElseThrow();
      return Arguments.of(layout, Long.parseLong(parts[1]));
    });
    return Stream.concat(regressions, random);
  }

  @ParameterizedTest(name = "{0}, seed {1}")
  @MethodSource("layoutsAndSeeds")
  @Timeout(30)
  void mutatedFileIsReadOrRejectedNamingTheFile(Layout layout, long seed, @TempDir Path dir)
      throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    byte[] bytes = layout.valid().getBytes(StandardCharsets.UTF_8);
    List<String> applied = new ArrayList<>();
    int mutations = 1 + random.nextInt(3);
    for (int i = 0; i < mutations; i++) {
      bytes = mutate(bytes, random, applied);
    }
    Path file = dir.resolve(layout.name() + "-" + seed + ".csv");
    Files.write(file, bytes);
    String reproduce = layout + ", seed " + seed + ", mutations " + applied;

    try {
      layout.read().accept(CsvData.standard(), file);
    } catch (InvalidDataException e) {
      assertThat(e.getMessage()).as(reproduce).contains(file.toString());
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      fail(reproduce + ": expected a result or an InvalidDataException but got " + e, e);
    }
  }

  private static byte[] mutate(byte[] bytes, SplittableRandom random, List<String> applied) {
    List<byte[]> lines = lines(bytes);
    int kind = random.nextInt(8);
    switch (kind) {
      case 0 -> {
        int line = random.nextInt(lines.size());
        lines.remove(line);
        applied.add("drop line " + line);
      }
      case 1 -> {
        int line = random.nextInt(lines.size());
        lines.add(line, lines.get(line));
        applied.add("duplicate line " + line);
      }
      case 2 -> {
        int a = random.nextInt(lines.size());
        int b = random.nextInt(lines.size());
        lines.set(a, lines.set(b, lines.get(a)));
        applied.add("swap lines " + a + " and " + b);
      }
      case 3 -> {
        int at = random.nextInt(bytes.length + 1);
        applied.add("truncate at byte " + at);
        return Arrays.copyOf(bytes, at);
      }
      case 4 -> {
        if (bytes.length == 0) {
          return bytes;
        }
        int at = random.nextInt(bytes.length);
        applied.add("delete byte " + at);
        return concat(Arrays.copyOf(bytes, at), Arrays.copyOfRange(bytes, at + 1, bytes.length));
      }
      case 5 -> {
        int at = random.nextInt(bytes.length + 1);
        byte[] insert = INSERTS[random.nextInt(INSERTS.length)];
        applied.add("insert " + Arrays.toString(insert) + " at byte " + at);
        return concat(Arrays.copyOf(bytes, at), insert,
            Arrays.copyOfRange(bytes, at, bytes.length));
      }
      case 6 -> {
        if (bytes.length == 0) {
          return bytes;
        }
        int at = random.nextInt(bytes.length);
        int bit = random.nextInt(8);
        byte[] flipped = bytes.clone();
        flipped[at] ^= (byte) (1 << bit);
        applied.add("flip bit " + bit + " of byte " + at);
        return flipped;
      }
      default -> {
        int line = random.nextInt(lines.size());
        String[] fields = new String(lines.get(line), StandardCharsets.UTF_8).split(",", -1);
        int field = random.nextInt(fields.length);
        String value = HOSTILE_FIELDS.get(random.nextInt(HOSTILE_FIELDS.size()));
        fields[field] = value;
        lines.set(line, String.join(",", fields).getBytes(StandardCharsets.UTF_8));
        applied.add("field " + field + " of line " + line + " := "
            + (value.length() > 20 ? value.substring(0, 20) + "... (" + value.length() + ")"
                : value));
      }
    }
    return join(lines);
  }

  /** The lines with their line ends; one empty line for an empty file. */
  private static List<byte[]> lines(byte[] bytes) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        lines.add(Arrays.copyOfRange(bytes, start, i + 1));
        start = i + 1;
      }
    }
    if (start < bytes.length || lines.isEmpty()) {
      lines.add(Arrays.copyOfRange(bytes, start, bytes.length));
    }
    return lines;
  }

  private static byte[] join(List<byte[]> lines) {
    return concat(lines.toArray(byte[][]::new));
  }

  private static byte[] concat(byte[]... parts) {
    int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }
}
