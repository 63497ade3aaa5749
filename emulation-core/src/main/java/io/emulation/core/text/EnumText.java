package io.emulation.core.text;

import static java.util.Objects.requireNonNull;

import io.emulation.scoring.spi.Explanation;
import java.util.Locale;

/**
 * An enum constant as a {@link Message} argument shows it, kept as its catalog key and name
 * rather than the constant itself: the catalog's text for {@code key} in the reader's language,
 * else the name. A stored message gives its enum arguments back so, without loading their
 * classes, and they render as the constants did.
 *
 * @param key the catalog key, {@code enum.<SimpleName>.<CONSTANT>}
 * @param name the constant's name, shown when the catalog has no text for the key
 * @since 0.2
 */
public record EnumText(String key, String name) implements Explanation {

  /** Checks that no part is {@code null}. */
  public EnumText {
    requireNonNull(key, "key");
    requireNonNull(name, "name");
  }

  /** The key and name of a constant, as a message renders it. */
  public static EnumText of(Enum<?> constant) {
    requireNonNull(constant, "constant");
    return new EnumText("enum." + constant.getDeclaringClass().getSimpleName() + "."
        + constant.name(), constant.name());
  }

  @Override
  public String in(Locale locale) {
    return Catalog.forLocale(requireNonNull(locale, "locale")).pattern(key).orElse(name);
  }

  /** The English text. */
  @Override
  public String toString() {
    return in(Locale.ENGLISH);
  }
}
