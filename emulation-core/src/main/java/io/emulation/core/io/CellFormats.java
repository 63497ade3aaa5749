package io.emulation.core.io;

import io.emulation.core.period.Period;
import io.emulation.core.text.Message;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The value formats of CSV cells, each rejecting bad text with a message that shows it. */
final class CellFormats {
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final int SHOWN_LENGTH = 40;

  /** Any text. */
  static final CellFormat<String> TEXT = text -> text;

  /** A period: {@code 2021}, {@code 2021-H1}, {@code 2021-Q2}, {@code 2021-05} or a range. */
  static final CellFormat<Period> PERIOD = text -> {
    try {
      return Period.parse(text);
    } catch (IllegalArgumentException e) {
      // Period's own message is English, for developers; this one is for the file's author
      BadValueException bad = new BadValueException(Message.of("io.value.notPeriod", shown(text)));
      bad.initCause(e);
      throw bad;
    }
  };

  /** A day as {@code yyyy-mm-dd}. */
  static final CellFormat<LocalDate> DATE_FORMAT = text -> {
    try {
      if (DATE.matcher(text).matches()) {
        return LocalDate.parse(text);
      }
    } catch (DateTimeException e) {
      // reported below
    }
    throw new BadValueException(Message.of("io.cell.notDate", shown(text)));
  };

  /** {@code true}, {@code false}, {@code yes} or {@code no}, in any case. */
  static final CellFormat<Boolean> BOOLEAN = text -> {
    switch (text.toLowerCase(Locale.ROOT)) {
      case "true", "yes" -> {
        return true;
      }
      case "false", "no" -> {
        return false;
      }
      default -> throw new BadValueException(Message.of("io.cell.notBoolean", shown(text)));
    }
  };

  private CellFormats() {}

  /**
   * A decimal number: digits with an optional leading minus and decimal point; no exponent,
   * hex, thousands separators, NaN or infinity.
   *
   * @param maxLength the longest text accepted ({@link ReadLimits#maxNumberLength()})
   */
  static CellFormat<BigDecimal> decimal(int maxLength) {
    return text -> {
      if (text.length() > maxLength) {
        throw new BadValueException(Message.of("io.cell.numberTooLong", shown(text),
            text.length(), maxLength));
      }
      if (!DECIMAL.matcher(text).matches()) {
        Message hint = text.indexOf(',') >= 0
            ? Message.of("io.cell.decimalCommaHint") : Message.literal("");
        throw new BadValueException(Message.of("io.cell.notDecimal", shown(text), hint));
      }
      return new BigDecimal(text);
    };
  }

  /** A decimal number greater than zero. */
  static CellFormat<BigDecimal> positiveDecimal(int maxLength) {
    CellFormat<BigDecimal> decimal = decimal(maxLength);
    return text -> {
      BigDecimal value = decimal.parse(text);
      if (value.signum() <= 0) {
        throw new BadValueException(Message.of("io.cell.notPositive", shown(text)));
      }
      return value;
    };
  }

  /**
   * A constant of an enum, written in kebab-case ({@code ad-hoc}) or as its name ({@code
   * AD_HOC}), in any case.
   */
  static <E extends Enum<E>> CellFormat<E> choice(Class<E> type) {
    E[] constants = type.getEnumConstants();
    String allowed = allowed(type);
    return text -> {
      String wanted = text.toLowerCase(Locale.ROOT).replace('_', '-');
      for (E constant : constants) {
        if (kebab(constant).equals(wanted)) {
          return constant;
        }
      }
      throw new BadValueException(Message.of("io.cell.notChoice", shown(text), allowed));
    };
  }

  /** The constants of an enum in kebab-case, comma separated: {@code bonus, penalty}. */
  static String allowed(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(CellFormats::kebab)
        .collect(Collectors.joining(", "));
  }

  /** The kebab-case name of a constant: {@code AD_HOC} is {@code ad-hoc}. */
  static String kebab(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Text as shown in a message: quoted, control characters escaped, cut after 40 characters so
   * a hostile value cannot flood the report.
   */
  static String shown(String text) {
    StringBuilder out = new StringBuilder("'");
    int end = Math.min(text.length(), SHOWN_LENGTH);
    if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (Character.isISOControl(c)) {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    if (text.length() > end) {
      out.append("...");
    }
    return out.append('\'').toString();
  }
}
