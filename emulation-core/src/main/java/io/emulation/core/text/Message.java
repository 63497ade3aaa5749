package io.emulation.core.text;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.emulation.scoring.spi.Explanation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A piece of text for people, kept as a key into the bundled catalogs and its arguments and
 * rendered in the reader's language only when read: {@code Message.of("condition.minGrade.unmet",
 * "FAIR", "GOOD")} is {@code "grade FAIR, needs GOOD or better"} in English and {@code "xếp loại
 * FAIR, cần GOOD trở lên"} in Vietnamese.
 *
 * <p>A pattern refers to its arguments as {@code {0}}, {@code {1}}, ...; {@code
 * {0,plural,member|members}} picks the first form when argument 0 is one and the second otherwise.
 * Arguments may be:
 *
 * <ul>
 *   <li>{@link String}: a name or id a person gave, kept as written;
 *   <li>{@link BigDecimal}, {@link Integer}, {@link Long}: rendered exactly, with a decimal comma in
 *       Vietnamese;
 *   <li>{@link Message} or any {@link Explanation}: rendered in the same language;
 *   <li>an {@link Enum}: the catalog's {@code enum.<Type>.<CONSTANT>} text, else its name;
 *   <li>{@link LocalDate}: ISO-8601;
 *   <li>a {@link List} of the above: joined with {@code ", "}, or {@code "; "} when its elements
 *       are themselves messages.
 * </ul>
 *
 * <p>Messages compare equal by key and arguments. {@link #toString()} is the English text.
 *
 * @param key the catalog key; empty for {@linkplain #literal(String) literal} text
 * @param args the arguments, in order
 * @since 0.2
 */
public record Message(String key, ImmutableList<Object> args) implements Explanation {

  /** Checks the key and that every argument is of a kind this class can render. */
  public Message {
    requireNonNull(key, "key");
    requireNonNull(args, "args");
    for (Object arg : args) {
      checkRenderable(key, arg);
    }
    checkArgument(!key.isEmpty() || (args.size() == 1 && args.get(0) instanceof String),
        "a literal message has exactly one text argument");
  }

  /** The message with the given key and arguments. */
  public static Message of(String key, Object... args) {
    checkArgument(!requireNonNull(key, "key").isBlank(), "a message needs a key");
    ImmutableList.Builder<Object> copies = ImmutableList.builderWithExpectedSize(args.length);
    for (Object arg : args) {
      copies.add(arg instanceof List<?> list && !(arg instanceof ImmutableList<?>)
          ? ImmutableList.copyOf(list) : requireNonNull(arg, () -> "argument of message " + key));
    }
    return new Message(key, copies.build());
  }

  /**
   * The explanation as a message: itself when it is one, else wrapped so it still renders in the
   * reader's language (a plugin's {@link Explanation}).
   */
  public static Message from(Explanation explanation) {
    requireNonNull(explanation, "explanation");
    return explanation instanceof Message message ? message : of("text", explanation);
  }

  /**
   * Text a person wrote (a name, a plugin's one-language reason), the same in every language.
   */
  public static Message literal(String text) {
    return new Message("", ImmutableList.of(requireNonNull(text, "text")));
  }

  /** Whether this is {@linkplain #literal(String) literal} text. */
  public boolean isLiteral() {
    return key.isEmpty();
  }

  /** The message in the given language; English for languages the library does not speak. */
  @Override
  public String in(Locale locale) {
    return in(locale, Catalog::forLocale);
  }

  String in(Locale locale, Function<Locale, Catalog> catalogs) {
    requireNonNull(locale, "locale");
    if (isLiteral()) {
      return (String) args.get(0);
    }
    return catalogs.apply(locale).pattern(key)
        .map(pattern -> format(pattern, locale, catalogs))
        .orElseGet(() -> key + args.stream().map(arg -> render(arg, locale, catalogs)).toList());
  }

  /** The English text. */
  @Override
  public String toString() {
    return in(Locale.ENGLISH);
  }

  private String format(String pattern, Locale locale, Function<Locale, Catalog> catalogs) {
    StringBuilder out = new StringBuilder(pattern.length() + 16 * args.size());
    int at = 0;
    while (at < pattern.length()) {
      char c = pattern.charAt(at);
      int close = c == '{' ? pattern.indexOf('}', at) : -1;
      if (close == -1) {
        out.append(c);
        at++;
        continue;
      }
      String placeholder = pattern.substring(at + 1, close);
      out.append(placeholder(placeholder, locale, catalogs));
      at = close + 1;
    }
    return out.toString();
  }

  private String placeholder(String placeholder, Locale locale,
      Function<Locale, Catalog> catalogs) {
    int comma = placeholder.indexOf(',');
    int index = Integer.parseInt(comma == -1 ? placeholder : placeholder.substring(0, comma));
    checkArgument(index < args.size(), "message %s refers to argument %s but has %s", key, index,
        args.size());
    Object arg = args.get(index);
    if (comma == -1) {
      return render(arg, locale, catalogs);
    }
    String[] forms = placeholder.substring(placeholder.indexOf(',', comma + 1) + 1).split("\\|", 2);
    boolean one = arg instanceof Number number && new BigDecimal(number.toString())
        .compareTo(BigDecimal.ONE) == 0;
    return one || forms.length < 2 ? forms[0] : forms[1];
  }

  private static String render(Object arg, Locale locale, Function<Locale, Catalog> catalogs) {
    if (arg instanceof String text) {
      return text;
    }
    if (arg instanceof BigDecimal number) {
      return number(number.toPlainString(), locale);
    }
    if (arg instanceof Integer || arg instanceof Long) {
      return arg.toString();
    }
    if (arg instanceof Message message) {
      return message.in(locale, catalogs);
    }
    if (arg instanceof Explanation explanation) {
      return explanation.in(locale);
    }
    if (arg instanceof Enum<?> constant) {
      return catalogs.apply(locale)
          .pattern("enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name())
          .orElse(constant.name());
    }
    if (arg instanceof LocalDate date) {
      return date.toString();
    }
    List<?> list = (List<?>) arg;
    boolean sentences = !list.isEmpty() && list.get(0) instanceof Explanation;
    StringBuilder out = new StringBuilder();
    for (Object element : list) {
      if (out.length() > 0) {
        out.append(sentences ? "; " : ", ");
      }
      out.append(render(element, locale, catalogs));
    }
    return out.toString();
  }

  private static String number(String plain, Locale locale) {
    return Languages.isVietnamese(locale) ? plain.replace('.', ',') : plain;
  }

  private static void checkRenderable(String key, Object arg) {
    requireNonNull(arg, () -> "argument of message " + key);
    boolean renderable = arg instanceof String || arg instanceof BigDecimal
        || arg instanceof Integer || arg instanceof Long || arg instanceof Explanation
        || arg instanceof Enum<?> || arg instanceof LocalDate;
    if (!renderable && arg instanceof List<?> list) {
      checkArgument(list instanceof ImmutableList<?>,
          "message %s needs immutable list arguments (Message.of copies them)", key);
      list.forEach(element -> checkRenderable(key, element));
      renderable = true;
    }
    checkArgument(renderable, "message %s cannot render an argument of type %s", key,
        arg.getClass().getName());
  }
}
