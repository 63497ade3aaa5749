package io.emulation.benchmarks;

import io.emulation.core.io.Definition;
import io.emulation.core.io.DefinitionReader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Reading a definition of 4,000 criteria and 1,000 awards (5,000 in all). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {
  private String yaml;
  private DefinitionReader reader;

  /** Writes the file once. */
  @Setup
  public void setUp() {
    yaml = LargeDefinition.yaml(4000, 1000);
    reader = DefinitionReader.standard().withLimits(Report.generousLimits());
  }

  /** Parses and validates it. */
  @Benchmark
  public Definition parse() {
    return reader.read(yaml, "large.yaml");
  }
}
