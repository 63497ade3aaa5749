package io.emulation.scoring.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.core.text.Languages;
import io.emulation.scoring.spi.Direction;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.ParameterProblem;
import io.emulation.scoring.spi.Points;
import io.emulation.scoring.spi.PointsRange;
import io.emulation.scoring.spi.ScoringException;
import io.emulation.scoring.spi.ScoringFormula;
import io.emulation.scoring.spi.ScoringInput;
import io.emulation.scoring.spi.SpiVersion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** The checks behind {@link ScoringFormulaContract}'s tests. */
final class ContractChecks {
  /** Overrides {@link ScoringFormulaContract#seed()} for one run. */
  static final String SEED_PROPERTY = "emulation.testkit.seed";
  private static final String RESERVED = "emulation:";
  private static final int SHOWN_MISMATCHES = 10;
  /**
   * The languages an explanation is rendered in by {@link #explanationsRenderInEveryLanguage},
   * and a parameter problem by {@link #invalidParametersAreReported}:
   * the library's own (English, Vietnamese) and one neither speaks, which must fall back.
   */
  private static final List<Locale> EXPLANATION_LOCALES =
      List.of(Languages.ENGLISH, Languages.VIETNAMESE, Locale.forLanguageTag("vi-VN"),
          Locale.GERMAN);

  private ContractChecks() {}

  static void idIsWellFormed(ScoringFormulaContract contract) {
    String id = contract.formula().id();
    assertThat(id).as("id() of %s", type(contract)).isNotNull();
    assertThat(id).as("id() of %s must be namespace:name, e.g. acme.safety:incidents",
        type(contract)).matches(ScoringFormula.ID_PATTERN);
  }

  static void idIsOutsideTheReservedNamespace(ScoringFormulaContract contract) {
    ScoringFormula formula = contract.formula();
    if (FormulaRegistry.isBuiltIn(formula)) {
      assertThat(formula.id()).as("built-in formula %s", type(contract)).startsWith(RESERVED);
    } else {
      assertThat(formula.id()).as("id of %s: the 'emulation' namespace is reserved for the"
          + " built-in formulas; use a namespace of your own", type(contract))
          .doesNotStartWith(RESERVED);
    }
  }

  static void spiVersionIsCompatible(ScoringFormulaContract contract) {
    String reported = contract.formula().spiVersion();
    SpiVersion runtime = SpiVersion.current();
    assertThat(SpiVersion.parse(reported).isCompatibleWith(runtime))
        .as("%s reports SPI version %s, which this runtime's SPI %s cannot run; implement"
            + " spiVersion() as 'return SpiVersion.CURRENT;'", type(contract), reported, runtime)
        .isTrue();
  }

  static void descriptionIsOneLine(ScoringFormulaContract contract) {
    String description = contract.formula().description();
    assertThat(description).as("description() of %s", type(contract)).isNotBlank()
        .doesNotContain("\n");
  }

  static void registers(ScoringFormulaContract contract) {
    ScoringFormula formula = contract.formula();
    assertThatCode(() -> FormulaRegistry.builder().add(formula).build())
        .as("a FormulaRegistry must accept %s", type(contract)).doesNotThrowAnyException();
    assertThat(FormulaRegistry.builder().add(formula).build().find(formula.id())).isPresent();
  }

  static void validParametersHaveNoProblems(ScoringFormulaContract contract) {
    ScoringFormula formula = contract.formula();
    List<FormulaParameters> valid = contract.validParameters();
    assertThat(valid).as("validParameters() of %s", type(contract)).isNotEmpty();
    for (int i = 0; i < valid.size(); i++) {
      FormulaParameters parameters = valid.get(i);
      assertThat(formula.validate(parameters))
          .as("problems %s finds in valid parameters #%d %s", type(contract), i, parameters)
          .isEmpty();
      assertThat(formula.range(parameters)).as("range(%s) of %s", parameters, type(contract))
          .isNotNull();
      assertThatCode(() -> formula.isMonotone(parameters))
          .as("isMonotone(%s) of %s", parameters, type(contract)).doesNotThrowAnyException();
    }
  }

  static void invalidParametersAreReported(ScoringFormulaContract contract) {
    List<InvalidParameters> cases = contract.invalidParameters();
    assumeTrue(!cases.isEmpty(), "invalidParameters() declares no parameters to reject");
    ScoringFormula formula = contract.formula();
    for (InvalidParameters invalid : cases) {
      List<ParameterProblem> problems = formula.validate(invalid.parameters());
      assertThat(problems).as("problems %s finds in %s", type(contract), invalid.parameters())
          .isNotNull().isNotEmpty()
          .allSatisfy(p -> assertThat(p.message()).as("message of %s", p).isNotBlank());
      for (ParameterProblem problem : problems) {
        for (Locale locale : EXPLANATION_LOCALES) {
          assertThat(problem.message(locale)).as("message of %s in '%s' (an Explanation must"
              + " never return null or blank text)", problem, locale.toLanguageTag())
              .isNotBlank();
        }
      }
      if (!invalid.parameter().isEmpty()) {
        assertThat(problems).as("problems of %s must name '%s'", invalid.parameters(),
            invalid.parameter()).anyMatch(p -> p.parameter().equals(invalid.parameter()));
      }
      if (!invalid.messageFragment().isEmpty()) {
        assertThat(problems).as("problems of %s must say '%s'", invalid.parameters(),
            invalid.messageFragment())
            .anyMatch(p -> p.message().contains(invalid.messageFragment()));
      }
    }
  }

  static void validateNeverThrows(ScoringFormulaContract contract) {
    ScoringFormula formula = contract.formula();
    for (FormulaParameters odd : oddParameters(contract.validParameters())) {
      assertThatCode(() -> assertThat(formula.validate(odd)).isNotNull())
          .as("validate(%s) of %s must return problems, not throw", odd, type(contract))
          .doesNotThrowAnyException();
    }
  }

  static void scoreFailsOnlyWithScoringException(ScoringFormulaContract contract) {
    Samples samples = Samples.of(contract);
    for (int set = 0; set < samples.parameterSets(); set++) {
      int scored = 0;
      for (Sample sample : samples.of(set)) {
        Outcome outcome = Outcome.of(contract.formula(), sample.input());
        if (outcome.failure().isPresent()) {
          Throwable failure = outcome.failure().get();
          if (!(failure instanceof ScoringException) || failure.getMessage() == null
              || failure.getMessage().isBlank()) {
            fail(samples.describe(sample) + " threw " + failure + "; score may only throw a"
                + " ScoringException with a message saying why", failure);
          }
        } else if (outcome.points().isEmpty()) {
          fail(samples.describe(sample) + " returned null; score must return points");
        } else {
          scored++;
        }
      }
      assertThat(scored).as("seed %d: none of the %d inputs generated for parameters #%d %s"
          + " could be scored; make inputs() draw values the formula accepts (%s)",
          samples.seed(), samples.of(set).size(), set, samples.parameters(set), contract.inputs())
          .isPositive();
    }
  }

  static void explanationsRenderInEveryLanguage(ScoringFormulaContract contract) {
    Samples samples = Samples.of(contract);
    int scored = 0;
    for (Sample sample : samples.all()) {
      Optional<Points> points = Outcome.of(contract.formula(), sample.input()).points();
      if (points.isEmpty()) {
        continue;
      }
      scored++;
      assertThat(points.get().explanationText())
          .as("%s: explanationText() of %s", samples.describe(sample), points.get()).isNotNull();
      for (Locale locale : EXPLANATION_LOCALES) {
        String text;
        try {
          text = points.get().explanation(locale);
        } catch (RuntimeException e) {
          throw new AssertionError(samples.describe(sample) + ": rendering the explanation in '"
              + locale.toLanguageTag() + "' threw " + e + "; an Explanation must render in every"
              + " language, falling back to its own default language", e);
        }
        assertThat(text).as("%s: explanation in '%s' (an Explanation must never return null;"
            + " for a language it does not speak it returns its default language)",
            samples.describe(sample), locale.toLanguageTag()).isNotNull();
      }
    }
    assumeTrue(scored > 0, "none of the generated inputs could be scored");
  }

  static void scoringIsDeterministic(ScoringFormulaContract contract) {
    Samples samples = Samples.of(contract);
    for (Sample sample : samples.all()) {
      Outcome first = Outcome.of(contract.formula(), sample.input());
      Outcome again = Outcome.of(contract.formula(), sample.input());
      Outcome copy = Outcome.of(contract.formula(), sample.input().toBuilder().build());
      assertThat(again).as("%s scored again", samples.describe(sample)).isEqualTo(first);
      assertThat(copy).as("%s scored as an equal copy", samples.describe(sample))
          .isEqualTo(first);
    }
  }

  static void scoringIsThreadSafe(ScoringFormulaContract contract) {
    Samples samples = Samples.of(contract);
    List<Sample> all = samples.all();
    ScoringFormula formula = contract.formula();
    Map<Sample, Outcome> sequential = new LinkedHashMap<>();
    all.forEach(s -> sequential.put(s, Outcome.of(formula, s.input())));
    ConcurrentLinkedQueue<String> mismatches = new ConcurrentLinkedQueue<>();
    AtomicInteger mismatchCount = new AtomicInteger();
    int threads = contract.threads();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        List<Sample> order = new ArrayList<>(all);
        Collections.shuffle(order, new Random(samples.seed() + t));
        workers.add(pool.submit(() -> {
          start.await();
          for (Sample sample : order) {
            Outcome concurrent = Outcome.of(formula, sample.input());
            if (!concurrent.equals(sequential.get(sample))
                && mismatchCount.incrementAndGet() <= SHOWN_MISMATCHES) {
              mismatches.add(samples.describe(sample) + ": " + concurrent + " on "
                  + Thread.currentThread().getName() + ", but " + sequential.get(sample)
                  + " when scored alone");
            }
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> worker : workers) {
        worker.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while scoring concurrently", e);
    } catch (ExecutionException e) {
      throw new AssertionError("a scoring thread failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    assertThat(mismatches).as("%s scored from %d threads at once, seed %d, differed from a"
        + " sequential run %d times; the formula must be immutable and stateless (the first %d"
        + " shown)", type(contract), threads, samples.seed(), mismatchCount.get(),
        SHOWN_MISMATCHES).isEmpty();
  }

  static void pointsStayInTheDeclaredRange(ScoringFormulaContract contract) {
    Samples samples = Samples.of(contract);
    ScoringFormula formula = contract.formula();
    boolean anyRange = false;
    for (int set = 0; set < samples.parameterSets(); set++) {
      Optional<PointsRange> range = formula.range(samples.parameters(set));
      if (range.isEmpty()) {
        continue;
      }
      anyRange = true;
      for (Sample sample : samples.of(set)) {
        Optional<Points> points = Outcome.of(formula, sample.input()).points();
        points.ifPresent(p -> assertThat(range.get().contains(p.value()))
            .as("%s gave %s, outside the declared range %s", samples.describe(sample), p,
                range.get()).isTrue());
      }
    }
    assumeTrue(anyRange, "the formula declares no range for any of validParameters()");
  }

  static void pointsAreMonotoneWhereDeclared(ScoringFormulaContract contract) {
    Samples samples = Samples.of(contract);
    ScoringFormula formula = contract.formula();
    boolean anyMonotone = false;
    SplittableRandom random = new SplittableRandom(samples.seed() ^ 0x5DEECE66DL);
    for (int set = 0; set < samples.parameterSets(); set++) {
      if (!formula.isMonotone(samples.parameters(set))) {
        continue;
      }
      anyMonotone = true;
      int compared = 0;
      for (Sample sample : samples.of(set)) {
        ScoringInput other = contract.inputs().withOtherValue(sample.input(), random);
        Optional<Points> a = Outcome.of(formula, sample.input()).points();
        Optional<Points> b = Outcome.of(formula, other).points();
        if (a.isEmpty() || b.isEmpty()) {
          continue;
        }
        compared++;
        boolean higherIsBetter = sample.input().direction() == Direction.HIGHER_IS_BETTER;
        int valueOrder = sample.input().value().compareTo(other.value());
        boolean firstIsBetter = higherIsBetter ? valueOrder > 0 : valueOrder < 0;
        Points better = firstIsBetter ? a.get() : b.get();
        Points worse = firstIsBetter ? b.get() : a.get();
        if (valueOrder != 0 && better.value().compareTo(worse.value()) < 0) {
          fail(samples.describe(sample) + ": the formula declares itself monotone, but value "
              + (firstIsBetter ? sample.input().value() : other.value()) + " scored " + better
              + ", fewer than the worse value "
              + (firstIsBetter ? other.value() : sample.input().value()) + ", which scored "
              + worse + " (" + sample.input().direction() + ")");
        }
      }
      assertThat(compared).as("seed %d: no two inputs for parameters #%d could both be scored",
          samples.seed(), set).isPositive();
    }
    assumeTrue(anyMonotone, "the formula declares itself monotone for none of validParameters()");
  }

  /** Parameter sets a validator must survive, derived from the valid ones. */
  private static List<FormulaParameters> oddParameters(List<FormulaParameters> valid) {
    List<FormulaParameters> odd = new ArrayList<>();
    odd.add(FormulaParameters.empty());
    for (FormulaParameters parameters : valid) {
      Map<String, Object> unknown = new LinkedHashMap<>(parameters.asMap());
      unknown.put("no-such-parameter", "?");
      odd.add(FormulaParameters.of(unknown));
      for (String name : parameters.names()) {
        for (Object replacement : List.of("not a number", -1, List.of())) {
          Map<String, Object> changed = new LinkedHashMap<>(parameters.asMap());
          changed.put(name, replacement);
          odd.add(FormulaParameters.of(changed));
        }
        Map<String, Object> removed = new LinkedHashMap<>(parameters.asMap());
        removed.remove(name);
        odd.add(FormulaParameters.of(removed));
      }
    }
    return odd;
  }

  private static String type(ScoringFormulaContract contract) {
    return contract.formula().getClass().getName();
  }

  /** The seeded inputs of one run, by parameter set. */
  private record Samples(long seed, List<FormulaParameters> parameterList,
      List<List<Sample>> bySet) {

    static Samples of(ScoringFormulaContract contract) {
      long seed = Long.getLong(SEED_PROPERTY, contract.seed());
      ScoringFormula formula = contract.formula();
      List<FormulaParameters> parameters = contract.validParameters();
      SplittableRandom root = new SplittableRandom(seed);
      List<List<Sample>> bySet = new ArrayList<>();
      for (int set = 0; set < parameters.size(); set++) {
        SplittableRandom random = root.split();
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < contract.samples(); i++) {
          samples.add(new Sample(set, i, contract.inputs().generate(parameters.get(set),
              formula.requirements(), random)));
        }
        bySet.add(List.copyOf(samples));
      }
      return new Samples(seed, List.copyOf(parameters), List.copyOf(bySet));
    }

    int parameterSets() {
      return parameterList.size();
    }

    FormulaParameters parameters(int set) {
      return parameterList.get(set);
    }

    List<Sample> of(int set) {
      return bySet.get(set);
    }

    List<Sample> all() {
      return bySet.stream().flatMap(List::stream).toList();
    }

    String describe(Sample sample) {
      return "seed " + seed + ", parameters #" + sample.set() + ", sample #" + sample.index()
          + ": " + sample.input();
    }
  }

  /** One generated input, and where it stands in the run. */
  private record Sample(int set, int index, ScoringInput input) {}

  /** What scoring one input gave: points, or the failure (compared by type and message). */
  private record Outcome(Optional<Points> points, Optional<Throwable> failure, String failureText) {

    static Outcome of(ScoringFormula formula, ScoringInput input) {
      try {
        return new Outcome(Optional.ofNullable(formula.score(input)), Optional.empty(), "");
      } catch (RuntimeException e) {
        return new Outcome(Optional.empty(), Optional.of(e), e.toString());
      }
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Outcome that && points.equals(that.points)
          && failureText.equals(that.failureText);
    }

    @Override
    public int hashCode() {
      return points.hashCode() * 31 + failureText.hashCode();
    }

    @Override
    public String toString() {
      return failure.isPresent() ? "threw " + failureText
          : points.map(Points::toString).orElse("null");
    }
  }
}
