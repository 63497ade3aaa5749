package io.emulation.scoring.spi;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a formula may use to score one participant on one criterion: the measured value,
 * the target and last year's value where present, the criterion's direction and parameters, and,
 * for formulas that ask for them, the values of every comparable participant.
 *
 * <p>Instances are immutable. The engine builds them; plugin authors build them in tests with
 * {@link #builder(BigDecimal)}.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public final class ScoringInput {
  private final BigDecimal value;
  private final BigDecimal target;
  private final BigDecimal baseline;
  private final Direction direction;
  private final FormulaParameters parameters;
  private final PeerValues peers;
  private final String criterionId;
  private final String participantId;

  private ScoringInput(Builder builder) {
    this.value = builder.value;
    this.target = builder.target;
    this.baseline = builder.baseline;
    this.direction = builder.direction;
    this.parameters = builder.parameters;
    this.peers = builder.peers;
    this.criterionId = builder.criterionId;
    this.participantId = builder.participantId;
  }

  /** A builder for an input with the given measured value. */
  public static Builder builder(BigDecimal value) {
    return new Builder(value);
  }

  /** The measured value; never {@code null}. */
  public BigDecimal value() {
    return value;
  }

  /** The plan or target to measure against, when the criterion or measurement has one. */
  public Optional<BigDecimal> target() {
    return Optional.ofNullable(target);
  }

  /** The value of the same period a year earlier, for year-over-year criteria. */
  public Optional<BigDecimal> baseline() {
    return Optional.ofNullable(baseline);
  }

  /** Which way the value improves; {@link Direction#HIGHER_IS_BETTER} unless declared. */
  public Direction direction() {
    return direction;
  }

  /** The formula's parameters for this criterion; never {@code null}. */
  public FormulaParameters parameters() {
    return parameters;
  }

  /**
   * The values of this criterion for every comparable participant, this one included; empty
   * unless the formula declares {@link InputRequirement#PEERS}.
   */
  public PeerValues peers() {
    return peers;
  }

  /** The criterion being scored, for messages; empty text when scored outside a campaign. */
  public String criterionId() {
    return criterionId;
  }

  /** The participant being scored, for messages; empty text when scored outside a campaign. */
  public String participantId() {
    return participantId;
  }

  /** A builder holding this input's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder builder = new Builder(value);
    builder.target = target;
    builder.baseline = baseline;
    builder.direction = direction;
    builder.parameters = parameters;
    builder.peers = peers;
    builder.criterionId = criterionId;
    builder.participantId = participantId;
    return builder;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ScoringInput that
        && value.equals(that.value)
        && Objects.equals(target, that.target)
        && Objects.equals(baseline, that.baseline)
        && direction == that.direction
        && parameters.equals(that.parameters)
        && peers.equals(that.peers)
        && criterionId.equals(that.criterionId)
        && participantId.equals(that.participantId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, target, baseline, direction, parameters, peers, criterionId,
        participantId);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("ScoringInput{value=").append(value.toPlainString());
    if (target != null) {
      text.append(", target=").append(target.toPlainString());
    }
    if (baseline != null) {
      text.append(", baseline=").append(baseline.toPlainString());
    }
    text.append(", direction=").append(direction).append(", parameters=").append(parameters);
    if (!peers.isEmpty()) {
      text.append(", peers=").append(peers.size());
    }
    if (!criterionId.isEmpty()) {
      text.append(", criterion=").append(criterionId);
    }
    if (!participantId.isEmpty()) {
      text.append(", participant=").append(participantId);
    }
    return text.append('}').toString();
  }

  /**
   * Assembles a {@link ScoringInput}. Unset parts default to: no target, no baseline,
   * higher-is-better, no parameters, no peers, empty ids.
   *
   * @since 0.1
   */
  @Api(status = Api.Status.STABLE, since = "0.1")
  public static final class Builder {
    private final BigDecimal value;
    private BigDecimal target;
    private BigDecimal baseline;
    private Direction direction = Direction.HIGHER_IS_BETTER;
    private FormulaParameters parameters = FormulaParameters.empty();
    private PeerValues peers = PeerValues.none();
    private String criterionId = "";
    private String participantId = "";

    private Builder(BigDecimal value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    /** Sets the target. */
    public Builder target(BigDecimal target) {
      this.target = Objects.requireNonNull(target, "target");
      return this;
    }

    /** Sets last year's value for the same period. */
    public Builder baseline(BigDecimal baseline) {
      this.baseline = Objects.requireNonNull(baseline, "baseline");
      return this;
    }

    /** Sets which way the value improves. */
    public Builder direction(Direction direction) {
      this.direction = Objects.requireNonNull(direction, "direction");
      return this;
    }

    /** Sets the formula parameters. */
    public Builder parameters(FormulaParameters parameters) {
      this.parameters = Objects.requireNonNull(parameters, "parameters");
      return this;
    }

    /** Sets the peer values. */
    public Builder peers(PeerValues peers) {
      this.peers = Objects.requireNonNull(peers, "peers");
      return this;
    }

    /** Sets the criterion id used in messages. */
    public Builder criterionId(String criterionId) {
      this.criterionId = Objects.requireNonNull(criterionId, "criterionId");
      return this;
    }

    /** Sets the participant id used in messages. */
    public Builder participantId(String participantId) {
      this.participantId = Objects.requireNonNull(participantId, "participantId");
      return this;
    }

    /** The input. */
    public ScoringInput build() {
      return new ScoringInput(this);
    }
  }
}
