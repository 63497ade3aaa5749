package io.emulation.examples.cli;

import io.emulation.core.period.Period;
import picocli.CommandLine;

/** Reads {@code --period} values; a bad one is a command-line error. */
final class PeriodConverter implements CommandLine.ITypeConverter<Period> {
  @Override
  public Period convert(String value) {
    try {
      return Period.parse(value);
    } catch (RuntimeException e) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a period; use 2021, "
          + "2021-H1, 2021-Q2, 2021-05 or 2021-03-01..2021-05-31");
    }
  }
}
