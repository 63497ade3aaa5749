package io.emulation.scoring.testkit;

import static java.util.Objects.requireNonNull;

import io.emulation.scoring.spi.Api;
import io.emulation.scoring.spi.Direction;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.InputRequirement;
import io.emulation.scoring.spi.PeerValues;
import io.emulation.scoring.spi.ScoringInput;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * How the contract checks make inputs: measured values (and targets, baselines and peers where
 * the formula requires them, or where asked) drawn uniformly from closed ranges with a fixed
 * number of decimals, in the allowed directions. Immutable; each {@code with} method returns a
 * changed copy.
 *
 * <pre>{@code
 * InputGenerator.standard().values("0", "20").scale(0).directions(Direction.LOWER_IS_BETTER)
 * }</pre>
 *
 * @since 0.1
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class InputGenerator {
  private final BigDecimal valueMin;
  private final BigDecimal valueMax;
  private final int scale;
  private final BigDecimal targetMin;
  private final BigDecimal targetMax;
  private final boolean alwaysTarget;
  private final BigDecimal baselineMin;
  private final BigDecimal baselineMax;
  private final List<Direction> directions;
  private final int maxPeers;

  private InputGenerator(BigDecimal valueMin, BigDecimal valueMax, int scale,
      BigDecimal targetMin, BigDecimal targetMax, boolean alwaysTarget, BigDecimal baselineMin,
      BigDecimal baselineMax, List<Direction> directions, int maxPeers) {
    if (valueMin.compareTo(valueMax) > 0 || targetMin.compareTo(targetMax) > 0
        || baselineMin.compareTo(baselineMax) > 0) {
      throw new IllegalArgumentException("input ranges need min <= max but were values ["
          + valueMin + ", " + valueMax + "], targets [" + targetMin + ", " + targetMax
          + "], baselines [" + baselineMin + ", " + baselineMax + "]");
    }
    if (scale < 0 || scale > 6) {
      throw new IllegalArgumentException("scale must be in [0, 6] but was " + scale);
    }
    if (directions.isEmpty()) {
      throw new IllegalArgumentException("at least one direction is needed");
    }
    if (maxPeers < 1) {
      throw new IllegalArgumentException("at least one peer is needed but was " + maxPeers);
    }
    this.valueMin = valueMin;
    this.valueMax = valueMax;
    this.scale = scale;
    this.targetMin = targetMin;
    this.targetMax = targetMax;
    this.alwaysTarget = alwaysTarget;
    this.baselineMin = baselineMin;
    this.baselineMax = baselineMax;
    this.directions = List.copyOf(directions);
    this.maxPeers = maxPeers;
  }

  /**
   * Values in {@code [0, 200]} with 2 decimals; targets and baselines, when required, in {@code
   * [1, 200]}; both directions; up to 20 peers, when required.
   */
  public static InputGenerator standard() {
    return new InputGenerator(BigDecimal.ZERO, BigDecimal.valueOf(200), 2, BigDecimal.ONE,
        BigDecimal.valueOf(200), false, BigDecimal.ONE, BigDecimal.valueOf(200),
        List.of(Direction.HIGHER_IS_BETTER, Direction.LOWER_IS_BETTER), 20);
  }

  /** Measured values (and peers' values) in {@code [min, max]}. */
  public InputGenerator values(String min, String max) {
    return new InputGenerator(new BigDecimal(min), new BigDecimal(max), scale, targetMin,
        targetMax, alwaysTarget, baselineMin, baselineMax, directions, maxPeers);
  }

  /** Values, targets and baselines with this many decimals; 0 for whole numbers (counts). */
  public InputGenerator scale(int decimals) {
    return new InputGenerator(valueMin, valueMax, decimals, targetMin, targetMax, alwaysTarget,
        baselineMin, baselineMax, directions, maxPeers);
  }

  /**
   * Targets in {@code [min, max]}, given with every input (not only when the formula declares
   * {@link InputRequirement#TARGET}), for formulas that use a target when there is one.
   */
  public InputGenerator targets(String min, String max) {
    return new InputGenerator(valueMin, valueMax, scale, new BigDecimal(min), new BigDecimal(max),
        true, baselineMin, baselineMax, directions, maxPeers);
  }

  /** Baselines (last year's values) in {@code [min, max]}, for formulas that require them. */
  public InputGenerator baselines(String min, String max) {
    return new InputGenerator(valueMin, valueMax, scale, targetMin, targetMax, alwaysTarget,
        new BigDecimal(min), new BigDecimal(max), directions, maxPeers);
  }

  /** Only these directions, for formulas that score one way round. */
  public InputGenerator directions(Direction... allowed) {
    return new InputGenerator(valueMin, valueMax, scale, targetMin, targetMax, alwaysTarget,
        baselineMin, baselineMax, List.of(allowed), maxPeers);
  }

  /** At most this many peers, for formulas that require them. */
  public InputGenerator maxPeers(int count) {
    return new InputGenerator(valueMin, valueMax, scale, targetMin, targetMax, alwaysTarget,
        baselineMin, baselineMax, directions, count);
  }

  /**
   * An input for these parameters with the inputs the formula requires, drawn from {@code
   * random}; the peers, when required, include the input's own value.
   */
  public ScoringInput generate(FormulaParameters parameters, Set<InputRequirement> requirements,
      SplittableRandom random) {
    requireNonNull(parameters, "parameters");
    BigDecimal value = draw(random, valueMin, valueMax);
    ScoringInput.Builder input = ScoringInput.builder(value).parameters(parameters)
        .direction(directions.get(random.nextInt(directions.size())))
        .criterionId("criterion").participantId("participant");
    if (alwaysTarget || requirements.contains(InputRequirement.TARGET)) {
      input.target(draw(random, targetMin, targetMax));
    }
    if (requirements.contains(InputRequirement.BASELINE)) {
      input.baseline(draw(random, baselineMin, baselineMax));
    }
    if (requirements.contains(InputRequirement.PEERS)) {
      List<BigDecimal> peers = new ArrayList<>();
      peers.add(value);
      int others = random.nextInt(maxPeers);
      for (int i = 0; i < others; i++) {
        peers.add(draw(random, valueMin, valueMax));
      }
      input.peers(PeerValues.of(peers));
    }
    return input.build();
  }

  /**
   * The same input with another measured value drawn from the value range; among the peers, the
   * participant's own value changes with it and the others' stay.
   */
  public ScoringInput withOtherValue(ScoringInput input, SplittableRandom random) {
    BigDecimal value = draw(random, valueMin, valueMax);
    List<BigDecimal> peers = new ArrayList<>(input.peers().asList());
    if (peers.remove(input.value())) {
      peers.add(value);
    }
    ScoringInput.Builder copy = ScoringInput.builder(value)
        .parameters(input.parameters()).direction(input.direction())
        .peers(PeerValues.of(peers))
        .criterionId(input.criterionId()).participantId(input.participantId());
    input.target().ifPresent(copy::target);
    input.baseline().ifPresent(copy::baseline);
    return copy.build();
  }

  private BigDecimal draw(SplittableRandom random, BigDecimal min, BigDecimal max) {
    BigInteger low = min.setScale(scale, RoundingMode.CEILING).unscaledValue();
    BigInteger high = max.setScale(scale, RoundingMode.FLOOR).unscaledValue();
    long span = high.subtract(low).longValueExact();
    long offset = span <= 0 ? 0 : random.nextLong(span + 1);
    return new BigDecimal(low.add(BigInteger.valueOf(offset)), scale);
  }

  @Override
  public String toString() {
    return "InputGenerator{values [" + valueMin + ", " + valueMax + "] scale " + scale
        + ", targets [" + targetMin + ", " + targetMax + "]" + (alwaysTarget ? " always" : "")
        + ", baselines [" + baselineMin + ", " + baselineMax + "], directions " + directions
        + ", peers <= " + maxPeers + "}";
  }
}
