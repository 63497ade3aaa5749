package io.emulation.core.award;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import io.emulation.core.text.Message;
import java.util.Locale;

/**
 * Counts of grants: per award, per unit and in total, and how many distinct individuals and
 * collectives were commended ("19 collectives and 73 individuals").
 *
 * @param perAward grants per award id, in the rule set's declared order
 * @param perUnit grants per unit id (an individual's unit; a collective's own unit), first-seen
 *     order
 * @param individualsCommended distinct individuals granted at least one award
 * @param collectivesCommended distinct collectives granted at least one award
 * @param totalGrants all grants
 * @since 0.1
 */
public record AwardSummary(ImmutableMap<String, Integer> perAward,
    ImmutableMap<String, Integer> perUnit, int individualsCommended, int collectivesCommended,
    int totalGrants) {

  /** Checks the parts. */
  public AwardSummary {
    requireNonNull(perAward, "perAward");
    requireNonNull(perUnit, "perUnit");
  }

  /** In English, e.g. {@code "19 collectives and 73 individuals commended (104 awards)"}. */
  public String describe() {
    return describe(Locale.ENGLISH);
  }

  /**
   * In the given language, e.g. {@code "19 tập thể và 73 cá nhân được khen thưởng (104 lượt khen
   * thưởng)"} in Vietnamese; English for languages the library does not speak.
   *
   * @since 0.2
   */
  public String describe(Locale locale) {
    return description().in(locale);
  }

  /**
   * The counts in words, as a message.
   *
   * @since 0.2
   */
  public Message description() {
    return Message.of("award.summary", collectivesCommended, individualsCommended, totalGrants);
  }
}
