package io.emulation.scoring.testkit;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.emulation.core.InvalidDefinitionException;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.criteria.Measurement;
import io.emulation.core.evaluation.CampaignEvaluator;
import io.emulation.core.evaluation.EvaluationData;
import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.evaluation.FaultPolicy;
import io.emulation.core.org.Individual;
import io.emulation.core.org.OrgUnit;
import io.emulation.core.org.Organisation;
import io.emulation.core.period.Period;
import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.scoring.spi.Api;
import io.emulation.scoring.spi.Direction;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.ScoringFormula;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One formula, its parameters and the context of the value to score: an immutable description of
 * a fixture campaign. Each method returns a changed copy, so a fixture can be shared by tests
 * that score different values.
 *
 * @since 0.1
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class FormulaFixture {
  /** The participant scored; peers are {@code peer-1}, {@code peer-2}, ... */
  static final String PARTICIPANT = "p1";
  /** The criterion that uses the formula. */
  static final String CRITERION = "criterion";
  /** The period scored; the baseline is measured a year earlier. */
  static final Period PERIOD = Period.year(2025);

  private final ScoringFormula formula;
  private final FormulaParameters parameters;
  private final Optional<BigDecimal> target;
  private final Optional<BigDecimal> baseline;
  private final Direction direction;
  private final List<BigDecimal> peers;

  private FormulaFixture(ScoringFormula formula, FormulaParameters parameters,
      Optional<BigDecimal> target, Optional<BigDecimal> baseline, Direction direction,
      List<BigDecimal> peers) {
    this.formula = formula;
    this.parameters = parameters;
    this.target = target;
    this.baseline = baseline;
    this.direction = direction;
    this.peers = List.copyOf(peers);
  }

  static FormulaFixture of(ScoringFormula formula) {
    return new FormulaFixture(formula, FormulaParameters.empty(), Optional.empty(),
        Optional.empty(), Direction.HIGHER_IS_BETTER, List.of());
  }

  /** The formula's parameters. */
  public FormulaFixture parameters(FormulaParameters values) {
    return new FormulaFixture(formula, requireNonNull(values, "parameters"), target, baseline,
        direction, peers);
  }

  /** The formula's parameters, from alternating names and values: {@code "maxPoints", 50}. */
  public FormulaFixture parameters(Object... namesAndValues) {
    return parameters(FormulaTestKit.parameters(namesAndValues));
  }

  /** The criterion's target. */
  public FormulaFixture target(String value) {
    return new FormulaFixture(formula, parameters, Optional.of(new BigDecimal(value)), baseline,
        direction, peers);
  }

  /** Last year's value: the criterion becomes year-over-year. */
  public FormulaFixture baseline(String value) {
    return new FormulaFixture(formula, parameters, target, Optional.of(new BigDecimal(value)),
        direction, peers);
  }

  /** Which way the criterion's value improves; higher is better unless set. */
  public FormulaFixture direction(Direction value) {
    return new FormulaFixture(formula, parameters, target, baseline,
        requireNonNull(value, "direction"), peers);
  }

  /** The values of other participants on the same criterion, for formulas that rank by peers. */
  public FormulaFixture peers(String... values) {
    List<BigDecimal> all = new ArrayList<>();
    for (String value : values) {
      all.add(new BigDecimal(value));
    }
    return new FormulaFixture(formula, parameters, target, baseline, direction, all);
  }

  /**
   * Evaluates the fixture campaign with this value for the participant.
   *
   * @throws AssertionError when the formula cannot be registered or the campaign does not
   *     compile (invalid parameters, a missing target), with the reason
   */
  public FormulaRun score(String value) {
    BigDecimal measured = new BigDecimal(requireNonNull(value, "value"));
    CampaignEvaluator evaluator;
    try {
      evaluator = CampaignEvaluator.of(FormulaRegistry.builder().add(formula).build())
          .withFaultPolicy(FaultPolicy.PUBLISH_WITH_ERRORS);
    } catch (RuntimeException e) {
      throw new AssertionError("formula " + formula.getClass().getName()
          + " cannot be registered: " + e.getMessage(), e);
    }
    EvaluationResult result;
    try {
      result = evaluator.evaluate(campaign(), data(measured), PERIOD);
    } catch (RuntimeException e) {
      throw new AssertionError("fixture campaign for formula '" + formula.id() + "' with "
          + parameters + " could not be evaluated: " + e.getMessage(), e);
    }
    return new FormulaRun(formula.id(), measured, result);
  }

  /**
   * Asserts that compiling a campaign with these parameters fails, with problems that contain
   * every fragment given (such as a parameter name and what it must be).
   */
  public void assertParametersRejected(String... fragments) {
    FormulaRegistry registry = FormulaRegistry.builder().add(formula).build();
    assertThatThrownBy(() -> CampaignEvaluator.of(registry).compile(campaign()))
        .as("compiling a campaign using '%s' with %s", formula.id(), parameters)
        .isInstanceOf(InvalidDefinitionException.class)
        .satisfies(e -> assertThat(e.getMessage()).contains(fragments));
  }

  private Campaign campaign() {
    Organisation.Builder org = Organisation.builder().unit(OrgUnit.root("kit", "Fixture unit"))
        .individual(Individual.of(PARTICIPANT, "Participant", "kit"));
    for (int i = 1; i <= peers.size(); i++) {
      org.individual(Individual.of("peer-" + i, "Peer " + i, "kit"));
    }
    Criterion.Builder criterion = Criterion.builder(CRITERION, "Criterion")
        .formula(formula.id(), parameters).direction(direction).negativeAllowed(true)
        .yearOverYear(baseline.isPresent());
    target.ifPresent(criterion::target);
    return Campaign.builder("formula-test-kit", "Formula test kit")
        .period(PERIOD)
        .organisation(org.build()).criteria(criterion.build()).build();
  }

  private EvaluationData data(BigDecimal value) {
    EvaluationData.Builder data = EvaluationData.builder()
        .add(Measurement.of(PARTICIPANT, CRITERION, PERIOD, value));
    for (int i = 0; i < peers.size(); i++) {
      data.add(Measurement.of("peer-" + (i + 1), CRITERION, PERIOD, peers.get(i)));
    }
    baseline.ifPresent(last -> data.add(Measurement.of(PARTICIPANT, CRITERION,
        PERIOD.minusYears(1), last)));
    return data.build();
  }

  @Override
  public String toString() {
    return "FormulaFixture{" + formula.id() + ", " + parameters + target.map(t -> ", target " + t)
        .orElse("") + baseline.map(b -> ", baseline " + b).orElse("") + ", " + direction
        + (peers.isEmpty() ? "" : ", peers " + peers) + "}";
  }
}
