package io.emulation.core.plugin;

import io.emulation.scoring.spi.Points;
import io.emulation.scoring.spi.ScoringFormula;
import io.emulation.scoring.spi.ScoringInput;

/**
 * A formula for tests that scores the value itself, with a given id and SPI version. The fixture
 * providers subclass it in a nested class, so that the formula's class comes from the provider's
 * own jar; {@code TestFormula} subclasses it for formulas whose behaviour a test gives.
 */
public abstract class FixtureFormula implements ScoringFormula {
  private final String id;
  private final String spiVersion;

  /** A formula with this id, built for this SPI version, scoring the value itself. */
  protected FixtureFormula(String id, String spiVersion) {
    this.id = id;
    this.spiVersion = spiVersion;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String spiVersion() {
    return spiVersion;
  }

  @Override
  public Points score(ScoringInput input) {
    return Points.of(input.value(), "the value");
  }
}
