package io.emulation.core.scoring;

import io.emulation.core.plugin.FixtureFormula;
import io.emulation.scoring.spi.Points;
import io.emulation.scoring.spi.PointsRange;
import io.emulation.scoring.spi.ScoringFormula;
import io.emulation.scoring.spi.ScoringInput;
import io.emulation.scoring.spi.SpiVersion;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

/** A formula for tests whose id, SPI version, range and behaviour are given in code. */
public final class TestFormula extends FixtureFormula {
  private final Function<ScoringInput, Points> behaviour;
  private final PointsRange range;

  private TestFormula(String id, String spiVersion, Function<ScoringInput, Points> behaviour,
      PointsRange range) {
    super(id, spiVersion);
    this.behaviour = behaviour;
    this.range = range;
  }

  /** A formula that scores with {@code behaviour}. */
  public static TestFormula of(String id, Function<ScoringInput, Points> behaviour) {
    return new TestFormula(id, SpiVersion.CURRENT, behaviour, null);
  }

  /** A formula that gives the measured value as points. */
  public static TestFormula identity(String id) {
    return of(id, input -> Points.of(input.value(), "the value"));
  }

  /** A copy reporting another SPI version. */
  public TestFormula builtFor(String version) {
    return new TestFormula(id(), version, behaviour, range);
  }

  /** A copy declaring a range. */
  public TestFormula withRange(int min, int max) {
    return new TestFormula(id(), spiVersion(), behaviour,
        PointsRange.closed(BigDecimal.valueOf(min), BigDecimal.valueOf(max)));
  }

  @Override
  public Optional<PointsRange> range(io.emulation.scoring.spi.FormulaParameters parameters) {
    return Optional.ofNullable(range);
  }

  @Override
  public Points score(ScoringInput input) {
    return behaviour.apply(input);
  }

  /** A formula whose {@code id()} throws. */
  public static final class Broken implements ScoringFormula {
    @Override
    public String id() {
      throw new IllegalStateException("no id today");
    }

    @Override
    public String spiVersion() {
      return SpiVersion.CURRENT;
    }

    @Override
    public Points score(ScoringInput input) {
      return Points.of(input.value(), "");
    }
  }
}
