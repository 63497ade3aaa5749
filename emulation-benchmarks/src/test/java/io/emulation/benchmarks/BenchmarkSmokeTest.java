package io.emulation.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.emulation.core.award.AwardDecision;
import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.evaluation.ParticipantResult;
import io.emulation.core.io.Definition;
import io.emulation.core.preset.Presets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs each benchmark body once on tiny sizes and checks its result: no timing here (bench/run
 * does that). The baseline must compute the engine's totals and grades exactly, and Drools must
 * grant what the engine grants.
 */
class BenchmarkSmokeTest {
  private static final Set<String> COMPARED =
      Set.of(Presets.LDTT, Presets.CSTDCS, Presets.TTLDTT, Presets.TTLDXS);

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 42})
  void baselineComputesTheEngineTotalsAndGrades(long seed) {
    Scenario scenario = Scenario.of(600, 12, 20, seed);
    EvaluationResult evaluation = scenario.evaluate();
    Baseline.Result baseline = Baseline.evaluate(scenario.synthetic());
    SyntheticCampaign s = scenario.synthetic();
    String[] grades = {"EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED"};
    for (int i = 0; i < s.individuals(); i++) {
      ParticipantResult r = evaluation.result(s.ids[i]).orElseThrow();
      assertThat(r.scorecard().total()).as("seed %d, total of %s", seed, s.ids[i])
          .isEqualTo(baseline.totals()[i]);
      assertThat(r.grade().grade().code()).as("seed %d, grade of %s", seed, s.ids[i])
          .isEqualTo(grades[baseline.grades()[i]]);
      assertThat(r.overall().rank()).as("seed %d, rank of %s", seed, s.ids[i])
          .isEqualTo(baseline.ranks()[i]);
    }
    for (int u = 0; u < s.units(); u++) {
      assertThat(evaluation.result(s.unitIds[u]).orElseThrow().scorecard().total())
          .as("seed %d, total of %s", seed, s.unitIds[u]).isEqualTo(baseline.unitTotals()[u]);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 42})
  void columnsEvaluateAsTheSameMeasurementObjects(long seed) {
    Scenario scenario = Scenario.of(300, 6, 20, seed);

    assertThat(scenario.evaluate()).as("seed %d", seed).isEqualTo(scenario.compiled.evaluate(
        scenario.synthetic().data(), SyntheticCampaign.PERIOD));
  }

  @Test
  void campaignOfColumnsOnlyEvaluatesAsTheOneKeepingItsValues() {
    Scenario columnsOnly = Scenario.columnsOnly(1000);

    assertThat(columnsOnly.synthetic().columns()).isEqualTo(Scenario.of(1000).synthetic()
        .columns());
    assertThat(columnsOnly.full().awards().summary().totalGrants()).isPositive();
  }

  @Test
  void campaignOfColumnsOnlyRefusesTheBaseline() {
    SyntheticCampaign columnsOnly = Scenario.columnsOnly(100).synthetic();

    assertThatIllegalStateException().isThrownBy(() -> Baseline.evaluate(columnsOnly))
        .withMessage("a campaign of columns only keeps no values");
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 7})
  void droolsGrantsWhatTheEngineGrants(long seed) {
    Scenario scenario = Scenario.of(400, 8, 20, seed);
    Scenario.Full full = scenario.full();
    Set<String> engine = new TreeSet<>();
    for (AwardDecision d : full.awards().decisions()) {
      if (d.granted() && COMPARED.contains(d.awardId())) {
        engine.add(d.participantId() + " " + d.awardId());
      }
    }
    List<Object> facts = DroolsAwards.facts(scenario.synthetic(), full.evaluation());
    Set<String> drools = DroolsAwards.compile().grants(facts);

    assertThat(engine).as("seed %d", seed).isNotEmpty();
    assertThat(drools).as("seed %d", seed).isEqualTo(engine);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void incrementalWhatIfEqualsTheWhatIfFromScratch(long seed) {
    Scenario scenario = Scenario.of(400, 8, Scenario.CRITERIA, seed);
    EvaluationResult evaluation = scenario.evaluate();

    assertThat(scenario.whatIf(scenario.decide(evaluation)))
        .isEqualTo(scenario.whatIfFromScratch(evaluation));
  }

  @Test
  void everyBenchmarkBodyRunsOnce() {
    EngineBenchmark bench = new EngineBenchmark();
    bench.individuals = 300;
    bench.setUp();
    assertThat(bench.fullEvaluation().evaluation().individuals()).hasSize(300);
    assertThat(bench.evaluation().collectives()).hasSize(6);
    assertThat(bench.baseline().totals()).hasSize(300);
    assertThat(bench.awards().decisions()).isNotEmpty();
    assertThat(bench.whatIf().decisions()).isNotEmpty();
    assertThat(bench.drools()).isNotEmpty();
  }

  @Test
  void largeDefinitionParses() {
    String yaml = LargeDefinition.yaml(50, 10);
    Definition definition = io.emulation.core.io.DefinitionReader.standard()
        .withLimits(Report.generousLimits()).read(yaml, "large.yaml");
    assertThat(definition.requireCampaign().criteria()).hasSize(50);
    assertThat(definition.awards().orElseThrow().rules()).hasSize(16);
  }
}
