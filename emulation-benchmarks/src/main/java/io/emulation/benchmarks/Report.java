package io.emulation.benchmarks;

import io.emulation.core.award.AwardResult;
import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.io.DefinitionReader;
import io.emulation.core.io.ReadLimits;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The short profile {@code bench/run} prints: plain wall-clock timing (warm-up runs, then the
 * median of measured runs) of every benchmark body, with the ratios of issue 7. The JMH
 * benchmarks ({@link EngineBenchmark}, {@link ParseBenchmark}) measure the same bodies more
 * carefully but take much longer.
 *
 * <p>{@code Report table [sizes...]} prints the table; {@code Report heap N} evaluates N
 * individuals once and prints the peak heap use (run it under {@code -Xmx} limits).
 */
public final class Report {
  private Report() {}

  /** Limits large enough for the parsing benchmark's file. */
  public static ReadLimits generousLimits() {
    return ReadLimits.defaults().withMaxDocumentChars(Integer.MAX_VALUE / 2).withMaxDepth(64);
  }

  /** Entry point. */
  public static void main(String[] args) {
    if (args.length >= 2 && args[0].equals("heap")) {
      heap(Integer.parseInt(args[1]));
      return;
    }
    int[] sizes = args.length > 1
        ? Arrays.stream(args).skip(1).mapToInt(Integer::parseInt).toArray()
        : new int[] {10_000, 100_000, 1_000_000};
    table(sizes);
  }

  private static void heap(int n) {
    Scenario scenario = Scenario.columnsOnly(n);
    System.gc();
    long before = used();
    resetPeaks();
    long start = System.nanoTime();
    Scenario.Full full = scenario.full();
    long ms = (System.nanoTime() - start) / 1_000_000;
    long peak = peak();
    System.gc();
    long kept = used() - before;
    System.out.printf(Locale.ROOT, "heap n=%d xmx=%dMB evaluation %d ms; heap used before %d MB"
            + " (campaign and data); peak during evaluation %d MB (the sum of each pool's peak);"
            + " kept by the results %d MB; %d grants%n", n,
        Runtime.getRuntime().maxMemory() >> 20, ms, before >> 20, peak >> 20, kept >> 20,
        // the summary reads the decided outcomes; decisions() would build every reasoned
        // decision (six per person), which is reading the result, not deciding it
        full.awards().summary().totalGrants());
  }

  private static long used() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getUsage().getUsed()).sum();
  }

  private static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peak() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  private static void table(int[] sizes) {
    System.out.printf(Locale.ROOT, "machine: %d cores, Java %s, max heap %d MB%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() >> 20);
    List<String[]> rows = new ArrayList<>();
    double previousFull = 0;
    int previousN = 0;
    for (int n : sizes) {
      Scenario scenario = Scenario.of(n);
      int warm = n >= 1_000_000 ? 0 : n >= 100_000 ? 2 : 5;
      int runs = n >= 1_000_000 ? 1 : n >= 100_000 ? 5 : 7;
      Timing base = time(warm, runs, () -> Baseline.evaluate(scenario.synthetic()));
      rows.add(row(n, "hand-written baseline (arrays)", base, ""));
      Timing eval = time(warm, runs, scenario::evaluate);
      rows.add(row(n, "engine scoring+grading+ranks", eval, String.format(Locale.ROOT,
          "%.2fx baseline (target <= 2x); cpu/wall %.2f (2 cores)", eval.median / base.median,
          eval.cpuPerWall)));
      Timing full = time(warm, runs, scenario::full);
      rows.add(row(n, "full evaluation (score, grade, rank, awards)", full,
          "1M: <= 3000 ms" + (previousN > 0 ? String.format(Locale.ROOT,
              "; x%d people -> x%.2f time (target <= %d)", n / previousN,
              full.median / previousFull, n / previousN + n / previousN / 10) : "")));
      EvaluationResult evaluation = scenario.evaluate();
      Timing awards = time(warm, runs, () -> scenario.decide(evaluation));
      rows.add(row(n, "awards (law-2022) on an evaluation", awards, ""));
      AwardResult decided = scenario.decide(evaluation);
      Timing whatIf = time(warm, runs, () -> scenario.whatIf(decided));
      rows.add(row(n, "what-if: CSTDCS quota 15% -> 20%", whatIf,
          n == 100_000 ? "target <= 100 ms at 100k" : ""));
      if (n <= 100_000) {
        DroolsAwards drools = DroolsAwards.compile();
        List<Object> facts = DroolsAwards.facts(scenario.synthetic(), evaluation);
        Timing rules = time(warm, runs, () -> drools.grants(facts));
        rows.add(row(n, "Drools: LDTT, CSTDCS, TTLDTT, TTLDXS", rules, String.format(Locale.ROOT,
            "engine awards %.1fx faster (target >= 20x)", rules.median / awards.median)));
      }
      previousFull = full.median;
      previousN = n;
      rows.clear();
    }
    String yaml = LargeDefinition.yaml(4000, 1000);
    DefinitionReader reader = DefinitionReader.standard().withLimits(generousLimits());
    Timing parse = time(3, 5, () -> reader.read(yaml, "large.yaml"));
    rows.add(new String[] {"-", "parse definition: 4,000 criteria + 1,006 awards, "
        + (yaml.length() >> 10) + " KiB YAML", fmt(parse), ""});
    print(rows);
  }

  private static String[] row(int n, String what, Timing t, String note) {
    String[] row = {String.format(Locale.ROOT, "%,d", n), what, fmt(t), note};
    print(List.<String[]>of(row));
    return row;
  }

  private static String fmt(Timing t) {
    return String.format(Locale.ROOT, "%.1f (min %.1f)", t.median, t.min);
  }

  private static void print(List<String[]> rows) {
    for (String[] r : rows) {
      System.out.printf(Locale.ROOT, "| %10s | %-48s | %20s ms | %s |%n", r[0], r[1], r[2],
          r[3]);
    }
    System.out.flush();
  }

  private record Timing(double median, double min, double cpuPerWall) {}

  private static Timing time(int warm, int runs, Supplier<?> body) {
    for (int i = 0; i < warm; i++) {
      consume(body.get());
    }
    double[] ms = new double[runs];
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    long wall0 = System.nanoTime();
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      consume(body.get());
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    double cpuPerWall = (double) (os.getProcessCpuTime() - cpu0) / (System.nanoTime() - wall0);
    Arrays.sort(ms);
    return new Timing(ms[runs / 2], ms[0], cpuPerWall);
  }

  private static int sink;

  private static void consume(Object o) {
    sink += System.identityHashCode(o);
  }
}
