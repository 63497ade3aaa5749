package io.emulation.scoring.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.emulation.scoring.spi.Explanation;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.ParameterProblem;
import io.emulation.scoring.spi.Points;
import io.emulation.scoring.spi.PointsRange;
import io.emulation.scoring.spi.ScoringException;
import io.emulation.scoring.spi.ScoringFormula;
import io.emulation.scoring.spi.SpiVersion;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** Each contract check fails for a formula that breaks its promise, saying how and with the seed. */
class ContractChecksTest {

  private static ScoringFormulaContract contractOf(ScoringFormula formula) {
    return SampleFormula.contract(formula);
  }

  @Test
  void malformedIdFails() {
    assertThatThrownBy(() -> contractOf(new SampleFormula("Capped")).idIsWellFormed())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("must be namespace:name");
  }

  @Test
  void pluginInTheReservedNamespaceFails() {
    assertThatThrownBy(() -> contractOf(new SampleFormula("emulation:capped"))
        .idIsOutsideTheReservedNamespace())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("the 'emulation' namespace is reserved");
  }

  @Test
  void pluginInTheReservedNamespaceCannotBeRegistered() {
    assertThatThrownBy(() -> contractOf(new SampleFormula("emulation:capped"))
        .formulaRegistersInARegistry())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("a FormulaRegistry must accept");
  }

  @Test
  void incompatibleSpiVersionFailsNamingBothVersions() {
    SampleFormula future = new SampleFormula() {
      @Override
      public String spiVersion() {
        return "2.0";
      }
    };
    assertThatThrownBy(() -> contractOf(future).spiVersionIsCompatibleWithThisRuntime())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("reports SPI version 2.0, which this runtime's SPI "
            + SpiVersion.CURRENT + " cannot run");
  }

  @Test
  void explanationThatThrowsInVietnameseFailsNamingTheLanguage() {
    Explanation englishOnly = locale -> {
      if (locale.getLanguage().equals("vi")) {
        throw new IllegalStateException("no Vietnamese bundle");
      }
      return "fine";
    };
    ScoringFormulaContract contract =
        contractOf(SampleFormula.scoring(input -> Points.of(input.value(), englishOnly)));

    assertThatThrownBy(contract::explanationRendersInEnglishAndVietnamese)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("rendering the explanation in 'vi' threw")
        .hasMessageContaining("no Vietnamese bundle");
  }

  @Test
  void explanationThatRendersNullFails() {
    Explanation silent = locale -> Locale.ENGLISH.equals(locale) ? "fine" : null;
    ScoringFormulaContract contract =
        contractOf(SampleFormula.scoring(input -> Points.of(input.value(), silent)));

    assertThatThrownBy(contract::explanationRendersInEnglishAndVietnamese)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("must never return null");
  }

  @Test
  void invalidParametersThatValidateCleanFail() {
    SampleFormula lenient = new SampleFormula() {
      @Override
      public List<ParameterProblem> validate(FormulaParameters parameters) {
        return List.of();
      }
    };
    assertThatThrownBy(() -> contractOf(lenient).invalidParametersAreReportedWithMessages())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("problems io.emulation.scoring.testkit.ContractChecksTest");
  }

  @Test
  void problemWithoutVietnameseTextFailsNamingTheLanguage() {
    SampleFormula englishOnly = new SampleFormula() {
      @Override
      public List<ParameterProblem> validate(FormulaParameters parameters) {
        return List.of(ParameterProblem.of("cap",
            locale -> locale.getLanguage().equals("vi") ? "" : "must be > 0"));
      }
    };
    assertThatThrownBy(() -> contractOf(englishOnly).invalidParametersAreReportedWithMessages())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("in 'vi'");
  }

  @Test
  void validatorThatThrowsOnOddParametersFails() {
    SampleFormula fragile = new SampleFormula() {
      @Override
      public List<ParameterProblem> validate(FormulaParameters parameters) {
        return SampleFormula.cap(parameters).signum() > 0 ? List.of()
            : List.of(ParameterProblem.of("cap", "must be > 0"));
      }
    };
    assertThatThrownBy(() -> contractOf(fragile).validateNeverThrows())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("must return problems, not throw");
  }

  @Test
  void scoreThrowingAnythingButScoringExceptionFailsWithTheSeed() {
    SampleFormula careless = SampleFormula.scoring(input -> {
      throw new NullPointerException("target");
    });
    assertThatThrownBy(() -> contractOf(careless).scoreFailsOnlyWithScoringException())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("seed 20261101, parameters #0, sample #0")
        .hasMessageContaining("threw java.lang.NullPointerException: target");
  }

  @Test
  void scoreReturningNullFails() {
    assertThatThrownBy(() -> contractOf(SampleFormula.scoring(input -> null))
        .scoreFailsOnlyWithScoringException())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("returned null; score must return points");
  }

  @Test
  void nonDeterministicFormulaFails() {
    AtomicLong calls = new AtomicLong();
    SampleFormula drifting = SampleFormula.scoring(input ->
        Points.of(input.value().add(BigDecimal.valueOf(calls.incrementAndGet())), "drifts"));
    assertThatThrownBy(() -> contractOf(drifting).scoringIsDeterministic())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("seed 20261101")
        .hasMessageContaining("scored again");
  }

  @Test
  void formulaThatDependsOnItsThreadFailsTheThreadSafetyCheck() {
    Thread owner = Thread.currentThread();
    SampleFormula threadBound = SampleFormula.scoring(input -> Points.of(
        Thread.currentThread() == owner ? BigDecimal.ONE : BigDecimal.TEN, "thread-bound"));
    assertThatThrownBy(() -> contractOf(threadBound).scoringIsThreadSafe())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("scored from 8 threads at once, seed 20261101, differed from a"
            + " sequential run");
  }

  @Test
  void pointsOutsideTheDeclaredRangeFail() {
    SampleFormula generous = SampleFormula.scoring(input -> Points.of(input.value(), "uncapped"));
    assertThatThrownBy(() -> contractOf(generous).pointsStayInTheDeclaredRange())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("outside the declared range [0, 50]");
  }

  @Test
  void rangeCheckIsSkippedWhenNoRangeIsDeclared() {
    SampleFormula unbounded = new SampleFormula() {
      @Override
      public Optional<PointsRange> range(FormulaParameters parameters) {
        return Optional.empty();
      }
    };
    assertThatThrownBy(() -> contractOf(unbounded).pointsStayInTheDeclaredRange())
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("declares no range");
  }

  @Test
  void formulaDeclaredMonotoneThatIsNotFails() {
    SampleFormula inverted = SampleFormula.scoring(input ->
        Points.of(BigDecimal.valueOf(200).subtract(input.value()).min(BigDecimal.valueOf(50))
            .max(BigDecimal.ZERO), "inverted"));
    assertThatThrownBy(() -> contractOf(inverted).pointsAreMonotoneWhereDeclared())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("the formula declares itself monotone, but value");
  }

  @Test
  void formulaThatScoresNoGeneratedInputFailsWithAdviceOnInputs() {
    SampleFormula refusing = SampleFormula.scoring(input -> {
      throw new ScoringException("not today");
    });
    assertThatThrownBy(() -> contractOf(refusing).scoreFailsOnlyWithScoringException())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("none of the 50 inputs generated for parameters #0")
        .hasMessageContaining("make inputs() draw values the formula accepts");
  }
}
