package io.emulation.examples.text;

import static java.util.Objects.requireNonNull;

import io.emulation.core.award.AwardResult;
import io.emulation.core.award.Condition;
import io.emulation.core.award.Quota;
import io.emulation.core.evaluation.ParticipantResult;
import io.emulation.core.io.ResultWriter;
import io.emulation.core.text.Languages;
import io.emulation.core.text.Message;
import io.emulation.examples.CampaignRun;
import io.emulation.scoring.spi.Explanation;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The one place where the examples turn the library's explanations, reasons and descriptions into
 * text in a reader's language. Whatever the library hands out, a {@link String} (English) or an
 * {@link Explanation} such as {@link Message} (rendered in the language asked for), goes through
 * {@link #text}, so a library accessor that changes from {@code String} to {@code Message}
 * compiles unchanged here and renders in Vietnamese from then on.
 *
 * <p>The other methods name each library call whose text depends on the language; each renders
 * what the library returns through {@link #text}, so they too follow the library as its text
 * moves to catalogs.
 *
 * @since 0.2
 */
public final class LibraryText {
  private LibraryText() {}

  /**
   * The text of an explanation, reason or detail from the library: an {@link Explanation} (a
   * {@link Message}, a plugin's explanation) in {@code locale}; anything else, such as a {@code
   * String} the library wrote in English, as it is.
   */
  public static String text(Object explanation, Locale locale) {
    requireNonNull(locale, "locale");
    return explanation instanceof Explanation e ? e.in(locale) : String.valueOf(explanation);
  }

  /**
   * A message for a library explanation or description, rendered in the reader's language when
   * read: a {@link Message} as it is, another {@link Explanation} wrapped, a {@code String} as
   * literal text.
   */
  public static Message message(Object explanation) {
    if (explanation instanceof Explanation e) {
      return Message.from(e);
    }
    return Message.literal(String.valueOf(explanation));
  }

  /** Every number and decision for one participant, in words ({@code ParticipantResult}). */
  public static String explain(ParticipantResult result, Locale locale) {
    return result.explain(locale);
  }

  /** Every award decision on one participant, in words ({@code AwardResult}). */
  public static String explain(AwardResult awards, String participantId, Locale locale) {
    return awards.explain(participantId, locale);
  }

  /** An award condition in words, as a message ({@code Condition.describe}). */
  public static Message describe(Condition condition) {
    return Message.from(condition::describe);
  }

  /** An award quota in words, as a message ({@code Quota.describe}). */
  public static Message describe(Quota quota) {
    return Message.from(quota::describe);
  }

  /** A decimal number as people of the language write it: exact, a decimal comma in Vietnamese. */
  public static String number(BigDecimal value, Locale locale) {
    String plain = value.toPlainString();
    return Languages.isVietnamese(locale) ? plain.replace('.', ',') : plain;
  }

  /**
   * Writes a run's results as {@code ResultWriter}'s JSON and CSV, the explanations and reasons in
   * the JSON in the reader's language.
   */
  public static void writeResults(CampaignRun run, Path json, Path csv, Locale locale) {
    requireNonNull(locale, "locale");
    ResultWriter writer = ResultWriter.forCampaign(run.campaign());
    if (run.awards().isPresent()) {
      writer.writeJson(run.result(), run.awards().get(), json, locale);
      writer.writeCsv(run.result(), run.awards().get(), csv);
    } else {
      writer.writeJson(run.result(), json, locale);
      writer.writeCsv(run.result(), csv);
    }
  }
}
