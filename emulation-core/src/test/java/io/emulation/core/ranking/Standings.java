package io.emulation.core.ranking;

import io.emulation.core.Scorecards;
import io.emulation.core.grading.GradeDecision;
import io.emulation.core.grading.GradingScale;
import io.emulation.core.org.Individual;
import io.emulation.core.org.Participant;
import io.emulation.core.scoring.Scorecard;

/** Standings graded on the standard scale, for ranking tests. */
final class Standings {
  private static final GradingScale SCALE = GradingScale.standard();

  private Standings() {}

  /** An individual in unit w1 whose one line, {@code output}, scores {@code total}. */
  static Standing withTotal(String id, String total) {
    return of(Individual.of(id, id, "w1"), Scorecards.withTotal(id, total));
  }

  /** A participant with a scorecard, graded on the standard scale. */
  static Standing of(Participant participant, Scorecard scorecard) {
    GradeDecision grade = SCALE.grade(scorecard);
    return new Standing(participant, scorecard, grade, SCALE.position(grade.grade()));
  }
}
