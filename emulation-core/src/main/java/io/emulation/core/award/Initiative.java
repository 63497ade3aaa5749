package io.emulation.core.award;

import static java.util.Objects.requireNonNull;

import io.emulation.core.period.Period;

/**
 * A recognised initiative (sáng kiến) or applied research project, a prerequisite for emulation
 * fighter titles.
 *
 * @param participantId its author
 * @param title what it is
 * @param reach how widely it was recognised: grassroots, ministry-wide or national
 * @param recognised the period it was recognised in
 * @since 0.1
 */
public record Initiative(String participantId, String title, AwardLevel reach,
    Period recognised) {

  /** Checks the parts. */
  public Initiative {
    requireNonNull(participantId, "participantId");
    requireNonNull(title, "title");
    requireNonNull(reach, "reach");
    requireNonNull(recognised, "recognised");
  }
}
