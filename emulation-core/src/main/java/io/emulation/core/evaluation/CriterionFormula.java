package io.emulation.core.evaluation;

import io.emulation.core.text.Message;
import io.emulation.scoring.spi.InputRequirement;
import io.emulation.scoring.spi.ScoringFormula;
import java.util.Optional;
import java.util.Set;

/**
 * A criterion's formula as compiled: the inputs it requires, read once, or why its contract
 * methods failed, in which case every participant's line for the criterion is errored.
 */
record CriterionFormula(ScoringFormula formula,
    Set<InputRequirement> requirements, Optional<Message> fault) {

  static CriterionFormula usable(ScoringFormula formula,
      Set<InputRequirement> requirements) {
    return new CriterionFormula(formula, Set.copyOf(requirements), Optional.empty());
  }

  static CriterionFormula faulty(ScoringFormula formula, Message why) {
    return new CriterionFormula(formula, Set.of(), Optional.of(why));
  }

  boolean requires(InputRequirement requirement) {
    return requirements.contains(requirement);
  }
}
