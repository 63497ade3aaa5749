package io.emulation.benchmarks;

import io.emulation.core.award.AwardResult;
import io.emulation.core.evaluation.EvaluationResult;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine against the baseline and Drools, at 10k, 100k and 1M individuals × 20 criteria.
 * Run with {@code java -jar emulation-benchmarks/target/benchmarks.jar EngineBenchmark}; heavy
 * at 1M (give it {@code -jvmArgs -Xmx8g}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx12g"})
public class EngineBenchmark {
  @Param({"10000", "100000", "1000000"})
  public int individuals;

  private Scenario scenario;
  private EvaluationResult evaluation;
  private AwardResult decided;
  private DroolsAwards drools;
  private List<Object> facts;

  /** Builds the campaign and one evaluation for the award-only benchmarks. */
  @Setup(Level.Trial)
  public void setUp() {
    scenario = Scenario.of(individuals);
    evaluation = scenario.evaluate();
    decided = scenario.decide(evaluation);
    if (individuals <= 100_000) {
      drools = DroolsAwards.compile();
      facts = DroolsAwards.facts(scenario.synthetic(), evaluation);
    }
  }

  /** Scoring, grading, ranks and awards. */
  @Benchmark
  public Scenario.Full fullEvaluation() {
    return scenario.full();
  }

  /** Scoring, grading and ranks. */
  @Benchmark
  public EvaluationResult evaluation() {
    return scenario.evaluate();
  }

  /** The hand-written baseline of the same numbers. */
  @Benchmark
  public Baseline.Result baseline() {
    return Baseline.evaluate(scenario.synthetic());
  }

  /** The law-2022 awards on a fixed evaluation. */
  @Benchmark
  public AwardResult awards() {
    return scenario.decide(evaluation);
  }

  /** What-if: CSTĐCS quota 15% → 20%, re-deciding only what it reaches of decided awards. */
  @Benchmark
  public AwardResult whatIf() {
    return scenario.whatIf(decided);
  }

  /** The four award rules in Drools on the same graded people (10k and 100k only). */
  @Benchmark
  public Set<String> drools() {
    return drools == null ? Set.of() : drools.grants(facts);
  }
}
