/**
 * Text for people, in Vietnamese and English: every explanation, reason and end-user message the
 * library produces is a {@link io.emulation.core.text.Message} (a key into the bundled catalogs
 * and its arguments), rendered in the language a caller asks for with {@code in(Locale)}.
 *
 * <p>Names people gave (units, criteria, awards, ids) are arguments, kept as written. Numbers are
 * rendered exactly (no grouping, no rounding), with the language's decimal separator. Rendering
 * never depends on the machine's default locale; without a locale, text is English.
 *
 * @since 0.2
 */
package io.emulation.core.text;
