package io.emulation.core.award;

/**
 * How the chairman of the emulation and commendation council (Hội đồng thi đua khen thưởng)
 * voted on one proposal. On an exact tie the chairman's vote decides.
 *
 * @since 0.1
 */
public enum ChairmanVote {
  /** The chairman voted for the proposal. */
  FOR,
  /** The chairman voted against the proposal. */
  AGAINST,
  /** The chairman was not at the meeting, so cannot break a tie. */
  ABSENT,
  /** The minutes do not say how the chairman voted (no tie needed it). */
  NOT_RECORDED
}
