package io.emulation.core.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSetMultimap;
import io.emulation.core.InvalidDataException;
import io.emulation.core.Problem;
import io.emulation.core.award.AwardHistory;
import io.emulation.core.award.Initiative;
import io.emulation.core.award.PastAward;
import io.emulation.core.award.Registrations;
import io.emulation.core.criteria.Adjustment;
import io.emulation.core.criteria.Measurement;
import io.emulation.core.criteria.MeasurementColumn;
import io.emulation.core.org.Individual;
import io.emulation.core.text.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the data files of an evaluation from CSV: measurements, adjustments, registrations,
 * award history, initiatives and individuals.
 *
 * <p>Every file is UTF-8 (a byte order mark is skipped; bytes that are not UTF-8 are an error
 * naming the line, never replacement characters), comma separated, quoted as RFC 4180 says
 * (values with commas, quotes or line breaks in double quotes, a quote inside doubled), with a
 * header row naming the columns. Header names match whatever their case, surrounding spaces,
 * {@code -} or {@code _} ({@code Under Review} is {@code underReview}); columns may come in any
 * order; an unknown or repeated column is an error. Values are trimmed; blank lines are skipped.
 * Required columns are marked *; an optional column may be left out of the header or left empty
 * in a row. Names of kinds ({@code ad-hoc}) may also be written as {@code AD_HOC}, in any case.
 *
 * <table>
 * <caption>Layouts</caption>
 * <tr><th>file</th><th>columns</th></tr>
 * <tr><td>measurements</td><td>participant*, criterion*, period*, value*, target, source</td></tr>
 * <tr><td>adjustments</td><td>participant*, period*, kind* (bonus|penalty), points* (&gt; 0),
 *     reason*</td></tr>
 * <tr><td>registrations</td><td>participant*, award*</td></tr>
 * <tr><td>history</td><td>participant*, award*, period*, kind*
 *     (emulation-title|commendation|ad-hoc|themed)</td></tr>
 * <tr><td>initiatives</td><td>participant*, title*, reach* (grassroots|ministry|national),
 *     period*</td></tr>
 * <tr><td>individuals</td><td>id*, name*, unit*, hired (yyyy-mm-dd), discipline
 *     (none|reprimand|warning|demotion|removal-from-post|dismissal), underReview
 *     (true|false|yes|no), directProduction (true|false|yes|no)</td></tr>
 * </table>
 *
 * <p>Periods are written {@code 2021}, {@code 2021-H1}, {@code 2021-Q2}, {@code 2021-05} or
 * {@code 2021-03-01..2021-05-31}. Decimal numbers are digits with an optional leading {@code -}
 * and one {@code .}: no exponent, hex, thousands separator, {@code NaN} or infinity.
 *
 * <p>Reading is all or nothing: a file with any problem fails with an {@link
 * InvalidDataException} listing every problem, sorted by location, each at {@code
 * file:line:column} (the column counted in values from 1) and naming the column, the bad value
 * and what was expected, e.g. {@code measurements.csv:4:4: column 'value': 'abc' is not a decimal
 * number; expected digits with an optional leading '-' and decimal point, e.g. -12.5}. A header
 * with problems is reported without reading the rows. A syntax error (an unclosed quote), bytes
 * that are not UTF-8, a value longer than {@link ReadLimits#maxStringLength()} or more rows than
 * {@link ReadLimits#maxCsvRows()} stop the reading at once; reading also stops after 1000
 * problems. The file name in locations is the {@code Path} as given, or the name passed with a
 * {@code Reader}.
 *
 * <p>Immutable and safe to share between threads.
 *
 * @since 0.1
 */
public final class CsvData {
  private static final CsvData STANDARD = new CsvData(ReadLimits.defaults());

  private final ReadLimits limits;
  private final CsvFormats formats;

  private CsvData(ReadLimits limits) {
    this.limits = limits;
    this.formats = new CsvFormats(limits);
  }

  /** A reader under {@link ReadLimits#defaults()}. */
  public static CsvData standard() {
    return STANDARD;
  }

  /** A reader under the given limits. */
  public static CsvData withLimits(ReadLimits limits) {
    return new CsvData(requireNonNull(limits, "limits"));
  }

  /** The limits this reader applies. */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads measurements: {@code participant*, criterion*, period*, value*, target, source}. The
   * value and target are decimal numbers; a row without a source gets {@code file:line} as its
   * source, so an engine error about it points back to the row.
   *
   * @return the measurements in file order; never {@code null}
   * @throws InvalidDataException naming every problem of the file
   */
  public ImmutableList<Measurement> readMeasurements(Path file) {
    return read(file, this::readMeasurements);
  }

  /**
   * Reads measurements from text, as {@link #readMeasurements(Path)}.
   *
   * @param fileName the name used in locations and default sources
   */
  public ImmutableList<Measurement> readMeasurements(Reader reader, String fileName) {
    return read(reader, fileName, CsvFormats.MEASUREMENTS, formats::measurement);
  }

  /**
   * Reads measurements into one {@link MeasurementColumn} per criterion and period, for files
   * too large for a {@link Measurement} object per row: a column keeps a value and its line in
   * 12 to 17 bytes where a {@code Measurement} with its source takes about 300 (a million rows
   * of 50,000 people: 13 MB instead of 301 MB), and a participant id is kept once however many
   * columns it is in. The file, its checks and its problems are those of {@link
   * #readMeasurements(Path)}, and each row keeps its {@code file:line} as its {@linkplain
   * MeasurementColumn#source(int) source} (4 bytes a row), so the columns evaluate exactly as its
   * measurements do: the same scores, details and explanations, and an engine problem with a
   * row (an unknown participant, a negative value) names its {@code file:line}.
   *
   * <p>A column has no per-row target or source text: a row with a {@code target} or {@code
   * source} value is a problem at that value, saying to read the file with {@link
   * #readMeasurements(Path)} or to leave the column empty. Only the first row with each is listed,
   * so that a file with a target on every row does not crowd out its other problems. A file
   * whose {@code target} and {@code source} columns are empty, or absent, reads as usual.
   *
   * @return the columns, in the order their criterion and period first appear; each column's
   *     rows in file order; never {@code null}
   * @throws InvalidDataException naming every problem of the file
   * @since 0.2
   */
  public ImmutableList<MeasurementColumn> readMeasurementColumns(Path file) {
    return read(file, this::readMeasurementColumns);
  }

  /**
   * Reads measurements from text into columns, as {@link #readMeasurementColumns(Path)}.
   *
   * @param fileName the name used in locations
   * @since 0.2
   */
  public ImmutableList<MeasurementColumn> readMeasurementColumns(Reader reader,
      String fileName) {
    requireNonNull(reader, "reader");
    requireNonNull(fileName, "fileName");
    MeasurementColumnReader columns = new MeasurementColumnReader(formats);
    CsvTable.readEach(reader, fileName, CsvFormats.MEASUREMENTS, limits, columns);
    return columns.columns();
  }

  /**
   * Reads bonus and penalty points: {@code participant*, period*, kind*, points*, reason*}, the
   * kind {@code bonus} or {@code penalty}, the points a decimal number greater than 0.
   *
   * @return the adjustments in file order
   * @throws InvalidDataException naming every problem of the file
   */
  public ImmutableList<Adjustment> readAdjustments(Path file) {
    return read(file, this::readAdjustments);
  }

  /** Reads adjustments from text, as {@link #readAdjustments(Path)}. */
  public ImmutableList<Adjustment> readAdjustments(Reader reader, String fileName) {
    return read(reader, fileName, CsvFormats.ADJUSTMENTS, formats::adjustment);
  }

  /**
   * Reads registrations for titles: {@code participant*, award*}, one row per participant and
   * award registered for. A pair given twice is a problem.
   *
   * @throws InvalidDataException naming every problem of the file
   */
  public Registrations readRegistrations(Path file) {
    return Registrations.of(readRegistrationPairs(file).asMap());
  }

  /** Reads registrations from text, as {@link #readRegistrations(Path)}. */
  public Registrations readRegistrations(Reader reader, String fileName) {
    return Registrations.of(readRegistrationPairs(reader, fileName).asMap());
  }

  /**
   * Reads registrations as pairs, as {@link #readRegistrations(Path)}.
   *
   * @return participant id to the award ids registered for, in file order
   */
  public ImmutableSetMultimap<String, String> readRegistrationPairs(Path file) {
    return read(file, this::readRegistrationPairs);
  }

  /** Reads registration pairs from text, as {@link #readRegistrationPairs(Path)}. */
  public ImmutableSetMultimap<String, String> readRegistrationPairs(Reader reader,
      String fileName) {
    return read(reader, fileName, CsvFormats.REGISTRATIONS, CsvFormats.registrations()).stream()
        .collect(ImmutableSetMultimap.toImmutableSetMultimap(Map.Entry::getKey,
            Map.Entry::getValue));
  }

  /**
   * Reads past grants: {@code participant*, award*, period*, kind*}, the kind one of {@code
   * emulation-title}, {@code commendation}, {@code ad-hoc} or {@code themed}.
   *
   * @return the grants in file order
   * @throws InvalidDataException naming every problem of the file
   */
  public ImmutableList<PastAward> readPastAwards(Path file) {
    return read(file, this::readPastAwards);
  }

  /** Reads past grants from text, as {@link #readPastAwards(Path)}. */
  public ImmutableList<PastAward> readPastAwards(Reader reader, String fileName) {
    return read(reader, fileName, CsvFormats.HISTORY, CsvFormats::pastAward);
  }

  /**
   * Reads past grants as an {@link AwardHistory}, as {@link #readPastAwards(Path)}.
   *
   * @throws InvalidDataException naming every problem of the file
   */
  public AwardHistory readHistory(Path file) {
    return AwardHistory.of(readPastAwards(file));
  }

  /** Reads an award history from text, as {@link #readHistory(Path)}. */
  public AwardHistory readHistory(Reader reader, String fileName) {
    return AwardHistory.of(readPastAwards(reader, fileName));
  }

  /**
   * Reads recognised initiatives: {@code participant*, title*, reach*, period*}, the reach one
   * of {@code grassroots}, {@code ministry} or {@code national}, the period the one it was
   * recognised in.
   *
   * @return the initiatives in file order
   * @throws InvalidDataException naming every problem of the file
   */
  public ImmutableList<Initiative> readInitiatives(Path file) {
    return read(file, this::readInitiatives);
  }

  /** Reads initiatives from text, as {@link #readInitiatives(Path)}. */
  public ImmutableList<Initiative> readInitiatives(Reader reader, String fileName) {
    return read(reader, fileName, CsvFormats.INITIATIVES, CsvFormats::initiative);
  }

  /**
   * Reads people: {@code id*, name*, unit*, hired, discipline, underReview, directProduction}.
   * {@code hired} is a date {@code yyyy-mm-dd}; {@code discipline} one of {@code none}, {@code
   * reprimand}, {@code warning}, {@code demotion}, {@code removal-from-post} or {@code
   * dismissal} (default {@code none}); the last two {@code true}, {@code false}, {@code yes} or
   * {@code no} (default false). An id given twice is a problem.
   *
   * @return the people in file order
   * @throws InvalidDataException naming every problem of the file
   */
  public ImmutableList<Individual> readIndividuals(Path file) {
    return read(file, this::readIndividuals);
  }

  /** Reads people from text, as {@link #readIndividuals(Path)}. */
  public ImmutableList<Individual> readIndividuals(Reader reader, String fileName) {
    return read(reader, fileName, CsvFormats.INDIVIDUALS, CsvFormats.individuals());
  }

  private <T> ImmutableList<T> read(Reader reader, String fileName, CsvLayout layout,
      Function<CsvRow, T> mapper) {
    requireNonNull(reader, "reader");
    requireNonNull(fileName, "fileName");
    return CsvTable.read(reader, fileName, layout, limits, mapper);
  }

  /** Opens a file as strict UTF-8 and reads it with the reader method given. */
  private <T> T read(Path file, ReaderMethod<T> method) {
    requireNonNull(file, "file");
    String name = file.toString();
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new InvalidDataException(Message.of("io.what.csvFile", name), List.of(Problem.at(
          name, Message.of("io.file.missing"))));
    } catch (IOException e) {
      throw new InvalidDataException(Message.of("io.what.csvFile", name), List.of(Problem.at(
          name, Message.of("io.file.cannotRead", e.toString()))));
    }
    try (Reader reader = new Utf8Reader(in)) {
      return method.read(reader, name);
    } catch (IOException e) {
      throw new InvalidDataException(Message.of("io.what.csvFile", name), List.of(Problem.at(
          name, Message.of("io.file.cannotClose", e.toString()))));
    }
  }

  @FunctionalInterface
  private interface ReaderMethod<T> {
    T read(Reader reader, String fileName);
  }
}
