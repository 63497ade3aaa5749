/**
 * Awards: titles and commendations, the rules that grant them (eligibility conditions, quotas,
 * exclusion groups), the history and registrations they read, and the engine that decides them
 * with reasons.
 *
 * <p>Every reason and explanation the engine gives is a {@link io.emulation.core.text.Message},
 * read in Vietnamese or English with {@code in(Locale)}: {@link
 * io.emulation.core.award.AwardDecision#reasons()}, {@link
 * io.emulation.core.award.ConditionResult#reason()}, {@code explain(Locale)} and {@code
 * describe(Locale)}. The forms without a locale are English. Ids of awards, units and people and
 * grade codes are kept as written.
 */
package io.emulation.core.award;
