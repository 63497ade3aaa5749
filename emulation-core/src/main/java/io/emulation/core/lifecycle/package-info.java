/**
 * The life of a campaign around its evaluations: the states it moves through ({@link
 * io.emulation.core.lifecycle.CampaignLifecycle}), registration for titles ({@link
 * io.emulation.core.lifecycle.RegistrationBook}), interim and final reviews and the comparison of
 * periods ({@link io.emulation.core.lifecycle.Reviews}, {@link
 * io.emulation.core.lifecycle.PeriodComparison}), the history peak drives leave ({@link
 * io.emulation.core.lifecycle.GrantHistory}), and published results with their revisions ({@link
 * io.emulation.core.lifecycle.ResultStore}).
 *
 * <p>Nothing here reads a clock: every date and instant (when a registration was made, when a
 * transition or a revision was recorded) is supplied by the host, with who did it. Storage stays
 * with the host through interfaces ({@link io.emulation.core.lifecycle.ResultStore}, {@link
 * io.emulation.core.lifecycle.HistoryStore}, {@link io.emulation.core.lifecycle.RegistrationStore})
 * with in-memory implementations here and JSON-file ones in {@code io.emulation.core.io}.
 */
package io.emulation.core.lifecycle;
