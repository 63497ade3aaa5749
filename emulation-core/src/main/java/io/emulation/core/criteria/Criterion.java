package io.emulation.core.criteria;

import static java.util.Objects.requireNonNull;

import com.google.common.base.MoreObjects;
import io.emulation.core.InvalidDefinitionException;
import io.emulation.core.Problem;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.text.Message;
import io.emulation.scoring.spi.Direction;
import io.emulation.scoring.spi.FormulaParameters;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What is measured and how it scores (tiêu chí): a formula with its parameters, a target, a
 * weight, which way is better, and what to do when a value is missing. A veto criterion
 * ("absolute safety") caps the grade when its formula returns a failed verdict.
 *
 * <pre>{@code
 * Criterion output = Criterion.builder("output", "Production value vs plan")
 *     .formula("emulation:linear", FormulaParameters.builder().put("maxPoints", 50).build())
 *     .target(new BigDecimal("100"))
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
public final class Criterion {
  private final String id;
  private final String name;
  private final String group;
  private final ParticipantKind appliesTo;
  private final BigDecimal weight;
  private final FormulaRef formula;
  private final BigDecimal target;
  private final Direction direction;
  private final boolean veto;
  private final MissingPolicy whenMissing;
  private final RollUp rollUp;
  private final boolean yearOverYear;
  private final boolean negativeAllowed;

  private Criterion(Builder b) {
    this.id = b.id;
    this.name = b.name;
    this.group = b.group;
    this.appliesTo = b.appliesTo;
    this.weight = b.weight;
    this.formula = b.formula;
    this.target = b.target;
    this.direction = b.direction;
    this.veto = b.veto;
    this.whenMissing = b.whenMissing;
    this.rollUp = b.rollUp;
    this.yearOverYear = b.yearOverYear;
    this.negativeAllowed = b.negativeAllowed;
  }

  /** A builder for a criterion with an id and a name; a formula must be set. */
  public static Builder builder(String id, String name) {
    return new Builder(id, name);
  }

  /** The id, unique within its campaign. */
  public String id() {
    return id;
  }

  /** The display name. */
  public String name() {
    return name;
  }

  /** A group for reports, such as "Production" or "Discipline"; empty when none. */
  public String group() {
    return group;
  }

  /** Whether individuals or collectives are scored on it. */
  public ParticipantKind appliesTo() {
    return appliesTo;
  }

  /** The weight, {@code >= 0}; 1 unless declared. */
  public BigDecimal weight() {
    return weight;
  }

  /** The formula and its parameters. */
  public FormulaRef formula() {
    return formula;
  }

  /** The target for every participant, unless a measurement brings its own. */
  public Optional<BigDecimal> target() {
    return Optional.ofNullable(target);
  }

  /** Which way the value improves. */
  public Direction direction() {
    return direction;
  }

  /** Whether a failed verdict on this criterion is a veto (caps the grade). */
  public boolean isVeto() {
    return veto;
  }

  /** What happens when a participant has no value. */
  public MissingPolicy whenMissing() {
    return whenMissing;
  }

  /** How shorter periods' values combine into the period evaluated. */
  public RollUp rollUp() {
    return rollUp;
  }

  /** Whether the formula also receives the same period's value a year earlier as baseline. */
  public boolean isYearOverYear() {
    return yearOverYear;
  }

  /** Whether negative values are accepted (growth, balances); otherwise they are data errors. */
  public boolean isNegativeAllowed() {
    return negativeAllowed;
  }

  /** A builder holding this criterion's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder(id, name);
    b.group = group;
    b.appliesTo = appliesTo;
    b.weight = weight;
    b.formula = formula;
    b.target = target;
    b.direction = direction;
    b.veto = veto;
    b.whenMissing = whenMissing;
    b.rollUp = rollUp;
    b.yearOverYear = yearOverYear;
    b.negativeAllowed = negativeAllowed;
    return b;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Criterion that
        && id.equals(that.id) && name.equals(that.name) && group.equals(that.group)
        && appliesTo == that.appliesTo && weight.equals(that.weight)
        && formula.equals(that.formula) && Objects.equals(target, that.target)
        && direction == that.direction && veto == that.veto && whenMissing == that.whenMissing
        && rollUp == that.rollUp && yearOverYear == that.yearOverYear
        && negativeAllowed == that.negativeAllowed;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, group, appliesTo, weight, formula, target, direction, veto,
        whenMissing, rollUp, yearOverYear, negativeAllowed);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("Criterion").omitNullValues()
        .add("id", id).add("formula", formula).add("weight", weight.toPlainString())
        .add("target", target == null ? null : target.toPlainString())
        .add("appliesTo", appliesTo).add("direction", direction)
        .add("veto", veto ? true : null).toString();
  }

  /**
   * Assembles a {@link Criterion}. Defaults: no group, applies to individuals, weight 1, no
   * target, higher is better, not a veto, missing values are errors, sub-periods sum up, no
   * baseline, negative values rejected.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final String id;
    private final String name;
    private String group = "";
    private ParticipantKind appliesTo = ParticipantKind.INDIVIDUAL;
    private BigDecimal weight = BigDecimal.ONE;
    private FormulaRef formula;
    private BigDecimal target;
    private Direction direction = Direction.HIGHER_IS_BETTER;
    private boolean veto;
    private MissingPolicy whenMissing = MissingPolicy.ERROR;
    private RollUp rollUp = RollUp.SUM;
    private boolean yearOverYear;
    private boolean negativeAllowed;

    private Builder(String id, String name) {
      this.id = requireNonNull(id, "criterion id");
      this.name = requireNonNull(name, "criterion name");
    }

    /** Sets the report group. */
    public Builder group(String value) {
      this.group = requireNonNull(value, "group");
      return this;
    }

    /** Sets who is scored on it. */
    public Builder appliesTo(ParticipantKind kind) {
      this.appliesTo = requireNonNull(kind, "appliesTo");
      return this;
    }

    /** Sets the weight. */
    public Builder weight(BigDecimal value) {
      this.weight = requireNonNull(value, "weight");
      return this;
    }

    /** Sets the weight from an integer. */
    public Builder weight(long value) {
      return weight(BigDecimal.valueOf(value));
    }

    /** Sets the formula. */
    public Builder formula(FormulaRef ref) {
      this.formula = requireNonNull(ref, "formula");
      return this;
    }

    /** Sets the formula by id and parameters. */
    public Builder formula(String formulaId, FormulaParameters parameters) {
      return formula(FormulaRef.of(formulaId, parameters));
    }

    /** Sets the target. */
    public Builder target(BigDecimal value) {
      this.target = requireNonNull(value, "target");
      return this;
    }

    /** Sets which way is better. */
    public Builder direction(Direction value) {
      this.direction = requireNonNull(value, "direction");
      return this;
    }

    /** Makes a failed verdict a veto. */
    public Builder veto(boolean value) {
      this.veto = value;
      return this;
    }

    /** Sets what a missing value means. */
    public Builder whenMissing(MissingPolicy policy) {
      this.whenMissing = requireNonNull(policy, "whenMissing");
      return this;
    }

    /** Sets how sub-period values combine. */
    public Builder rollUp(RollUp value) {
      this.rollUp = requireNonNull(value, "rollUp");
      return this;
    }

    /** Gives the formula last year's value of the same period as baseline. */
    public Builder yearOverYear(boolean value) {
      this.yearOverYear = value;
      return this;
    }

    /** Accepts negative values. */
    public Builder negativeAllowed(boolean value) {
      this.negativeAllowed = value;
      return this;
    }

    /**
     * Every problem with the values set so far, located under {@code criteria/<id>}; empty when
     * {@link #build()} will succeed.
     */
    public List<Problem> problems() {
      List<Problem> problems = new ArrayList<>();
      String where = "criteria/" + id;
      if (id.isBlank() || !id.strip().equals(id)) {
        problems.add(Problem.at(where, Message.of("criterion.problem.badId", id)));
      }
      if (formula == null) {
        problems.add(Problem.at(where + "/formula", Message.of("criterion.problem.noFormula", id)));
      }
      if (weight.signum() < 0) {
        problems.add(Problem.at(where + "/weight", Message.of("criterion.problem.negativeWeight",
            id, weight)));
      }
      return problems;
    }

    /**
     * The criterion.
     *
     * @throws InvalidDefinitionException listing every problem
     */
    public Criterion build() {
      List<Problem> problems = problems();
      if (!problems.isEmpty()) {
        throw new InvalidDefinitionException(Message.of("criterion.what", id), problems);
      }
      return new Criterion(this);
    }
  }
}
