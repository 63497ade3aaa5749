package io.emulation.core.grading;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.emulation.core.InvalidDefinitionException;
import io.emulation.core.Problem;
import io.emulation.core.internal.Suggestions;
import io.emulation.core.scoring.Scorecard;
import io.emulation.core.text.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Ordered grade bands, best first: a participant gets the first band whose minimum total it
 * reaches and whose requirements it meets; the last band takes everyone else. A failed veto caps
 * the grade at a declared level.
 *
 * <pre>{@code
 * GradingScale scale = GradingScale.builder()
 *     .band(Grade.EXCELLENT, new BigDecimal("90"), GradeRequirement.noVetoFailure())
 *     .band(Grade.GOOD, new BigDecimal("75"))
 *     .band(Grade.COMPLETED, new BigDecimal("50"))
 *     .otherwise(Grade.NOT_COMPLETED)
 *     .vetoCap(Grade.COMPLETED)
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
public final class GradingScale {
  private final ImmutableList<Band> bands;
  private final Grade vetoCap;
  /**
   * Each band's description, made once when it depends only on the band (no requirements or
   * only the built-in ones, which are values); {@code null} where a requirement of another type
   * is asked each time.
   */
  private final Message[] descriptions;
  /** Whether every requirement is built-in, so that the reasons can be made again when read. */
  private final boolean pure;

  private GradingScale(List<Band> bands, Grade vetoCap) {
    this.bands = ImmutableList.copyOf(bands);
    this.vetoCap = vetoCap;
    this.descriptions = new Message[this.bands.size()];
    for (int i = 0; i < descriptions.length; i++) {
      Band band = this.bands.get(i);
      if (band.requirements().stream().allMatch(GradingScale::isBuiltIn)) {
        descriptions[i] = band.description();
      }
    }
    this.pure = !Arrays.asList(descriptions).contains(null);
  }

  private static boolean isBuiltIn(GradeRequirement requirement) {
    return requirement instanceof GradeRequirement.NoVetoFailure
        || requirement instanceof GradeRequirement.MinCriterionPoints
        || requirement instanceof GradeRequirement.PenaltyAtMostShareOfBonus;
  }

  /**
   * The four official levels: excellent from 90 points, good from 75, completed from 50, else
   * not completed; a failed veto caps the grade at completed, which bars the titles that need
   * "good" or better.
   */
  public static GradingScale standard() {
    return builder()
        .band(Grade.EXCELLENT, BigDecimal.valueOf(90))
        .band(Grade.GOOD, BigDecimal.valueOf(75))
        .band(Grade.COMPLETED, BigDecimal.valueOf(50))
        .otherwise(Grade.NOT_COMPLETED)
        .vetoCap(Grade.COMPLETED)
        .build();
  }

  /** A builder; add bands best first. */
  public static Builder builder() {
    return new Builder();
  }

  /** The bands, best first; the last has no minimum. */
  public ImmutableList<Band> bands() {
    return bands;
  }

  /** The grades, best first. */
  public ImmutableList<Grade> grades() {
    return bands.stream().map(Band::grade).collect(ImmutableList.toImmutableList());
  }

  /** The highest grade a participant with a failed veto can get, if the scale caps it. */
  public Optional<Grade> vetoCap() {
    return Optional.ofNullable(vetoCap);
  }

  /** The grade with this code. */
  public Optional<Grade> grade(String code) {
    // a loop over the bands, not a list of grades per call: award conditions ask this for
    // every participant
    for (Band band : bands) {
      if (band.grade().code().equals(code)) {
        return Optional.of(band.grade());
      }
    }
    return Optional.empty();
  }

  /**
   * The position of a grade, 0 for the best. Grades are matched by code, which is unique in a
   * scale.
   *
   * @throws IllegalArgumentException when the grade is not of this scale
   */
  public int position(Grade grade) {
    for (int i = 0; i < bands.size(); i++) {
      if (bands.get(i).grade().code().equals(grade.code())) {
        return i;
      }
    }
    throw new IllegalArgumentException("grade " + grade + " is not in the scale " + grades());
  }

  /**
   * Whether every requirement of every band is a built-in one (the records nested in {@link
   * GradeRequirement}), values whose reasons depend only on the scorecard: grades on such a
   * scale make their reasons again when read, and are decided on several threads at once.
   *
   * @since 0.2
   */
  public boolean hasOnlyBuiltInRequirements() {
    return pure;
  }

  /** Whether {@code grade} is {@code minimum} or better. */
  public boolean isAtLeast(Grade grade, Grade minimum) {
    return position(grade) <= position(minimum);
  }

  /**
   * The grade for a scorecard, with the reasoning. When every band's requirements are built-in
   * (pure values), the reasons are not kept but made again from this scale and the scorecard
   * each time {@link GradeDecision#reasons()} is read, which is what keeps the grades of a
   * million participants small; otherwise they are made now and kept.
   */
  public GradeDecision grade(Scorecard scorecard) {
    requireNonNull(scorecard, "scorecard");
    if (!pure) {
      ImmutableList.Builder<Message> reasons = ImmutableList.builder();
      Grade grade = bands.get(decide(scorecard, reasons)).grade();
      return new GradeDecision(grade, reasons.build());
    }
    return new GradeDecision(bands.get(decide(scorecard, null)).grade(), this, scorecard);
  }

  /**
   * The reasons for a grade given by {@link #grade(Scorecard)} without keeping them, made again.
   *
   * @throws IllegalStateException when the scorecard no longer earns the grade, which only a
   *     scorecard that changed could cause
   */
  ImmutableList<Message> reasons(Scorecard scorecard, Grade given) {
    ImmutableList.Builder<Message> reasons = ImmutableList.builder();
    Grade grade = bands.get(decide(scorecard, reasons)).grade();
    if (!grade.equals(given)) {
      throw new IllegalStateException("the scorecard of " + scorecard.participantId()
          + " was graded " + given.code() + " but now earns " + grade.code());
    }
    return reasons.build();
  }

  /**
   * The position of the band the scorecard gets; adds the reasoning to {@code reasons} unless it
   * is {@code null}.
   */
  private int decide(Scorecard scorecard, ImmutableList.Builder<Message> reasons) {
    int first = 0;
    if (vetoCap != null && scorecard.hasVetoFailure()) {
      first = position(vetoCap);
      if (first > 0 && reasons != null) {
        reasons.add(Message.of("grade.vetoCap", vetoCap.code(), scorecard.vetoFailures()));
      }
    }
    BigDecimal total = scorecard.total();
    // the builder ends every scale with a band of no minimum and no requirements, which every
    // scorecard meets, so the loop always returns
    for (int i = first; ; i++) {
      Band band = bands.get(i);
      // loops, not streams and optionals: this runs once per participant
      boolean belowMinimum =
          band.minTotal().isPresent() && total.compareTo(band.minTotal().get()) < 0;
      Message miss = belowMinimum && reasons != null
          ? Message.of("grade.requirement.minTotal.unmet", total, band.minTotal().get())
          : null;
      for (int r = 0; !belowMinimum && miss == null && r < band.requirements().size(); r++) {
        miss = band.requirements().get(r).unmetReason(scorecard).orElse(null);
      }
      if (!belowMinimum && miss == null) {
        if (reasons != null) {
          Message description = descriptions[i] != null ? descriptions[i] : band.description();
          reasons.add(Message.of("grade.band.met", band.grade().code(), description, total));
        }
        return i;
      }
      if (reasons != null) {
        reasons.add(Message.of("grade.band.notMet", band.grade().code(), miss));
      }
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GradingScale that && bands.equals(that.bands)
        && java.util.Objects.equals(vetoCap, that.vetoCap);
  }

  @Override
  public int hashCode() {
    return bands.hashCode() * 31 + java.util.Objects.hashCode(vetoCap);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("GradingScale[");
    bands.forEach(b -> text.append(b.grade().code()).append(' ').append(b.describe()).append("; "));
    if (vetoCap != null) {
      text.append("veto caps at ").append(vetoCap.code());
    }
    return text.append(']').toString();
  }

  /**
   * One band: a grade, the least total that reaches it (none for the last band) and extra
   * requirements.
   *
   * @param grade the grade
   * @param minTotal the least total, empty for the catch-all last band
   * @param requirements further conditions, all of which must hold
   * @since 0.1
   */
  public record Band(Grade grade, Optional<BigDecimal> minTotal,
      ImmutableList<GradeRequirement> requirements) {

    /** Checks the parts. */
    public Band {
      requireNonNull(grade, "grade");
      requireNonNull(minTotal, "minTotal");
      requireNonNull(requirements, "requirements");
    }

    /** The band's conditions in English words. */
    public String describe() {
      return description().in(Locale.ENGLISH);
    }

    /**
     * The band's conditions in words in the given language.
     *
     * @since 0.2
     */
    public String describe(Locale locale) {
      return description().in(locale);
    }

    /**
     * The band's conditions in words, e.g. {@code "total >= 90 and no veto failed"}, to render
     * in any language.
     *
     * @since 0.2
     */
    public Message description() {
      List<Message> parts = new ArrayList<>();
      minTotal.ifPresent(min -> parts.add(Message.of("grade.requirement.minTotal", min)));
      requirements.forEach(r -> parts.add(r.description()));
      if (parts.isEmpty()) {
        return Message.of("grade.band.everyoneElse");
      }
      Message all = parts.get(0);
      for (Message part : parts.subList(1, parts.size())) {
        all = Message.of("grade.band.and", all, part);
      }
      return all;
    }
  }

  /**
   * Collects bands best first; {@link #build()} checks that thresholds fall strictly, codes are
   * unique, the scale ends with {@link #otherwise(Grade)}, and the veto cap is one of its grades.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final List<Band> bands = new ArrayList<>();
    private Grade otherwise;
    private Grade vetoCap;

    private Builder() {}

    /** Adds the next band, worse than the previous ones. */
    public Builder band(Grade grade, BigDecimal minTotal, GradeRequirement... requirements) {
      bands.add(new Band(grade, Optional.of(requireNonNull(minTotal, "minTotal")),
          ImmutableList.copyOf(Arrays.asList(requirements))));
      return this;
    }

    /** Sets the grade of everyone who reaches no band. */
    public Builder otherwise(Grade grade) {
      this.otherwise = requireNonNull(grade, "grade");
      return this;
    }

    /** Caps the grade of anyone with a failed veto. */
    public Builder vetoCap(Grade grade) {
      this.vetoCap = requireNonNull(grade, "grade");
      return this;
    }

    /** Every problem with the bands so far; empty when {@link #build()} will succeed. */
    public List<Problem> problems() {
      List<Problem> problems = new ArrayList<>();
      Set<String> codes = new HashSet<>();
      BigDecimal previous = null;
      for (int i = 0; i < bands.size(); i++) {
        Band band = bands.get(i);
        String where = "grading/bands[" + i + "]";
        if (!codes.add(band.grade().code())) {
          problems.add(Problem.at(where, Message.of("grade.problem.twice", band.grade().code())));
        }
        BigDecimal min = band.minTotal().orElseThrow();
        if (previous != null && min.compareTo(previous) >= 0) {
          problems.add(Problem.at(where, Message.of("grade.problem.notFalling",
              band.grade().code(), min, previous)));
        }
        previous = min;
      }
      if (otherwise == null) {
        problems.add(Problem.at("grading/otherwise", Message.of("grade.problem.noOtherwise")));
      } else if (!codes.add(otherwise.code())) {
        problems.add(Problem.at("grading/otherwise",
            Message.of("grade.problem.twice", otherwise.code())));
      }
      if (vetoCap != null && !codes.contains(vetoCap.code())) {
        problems.add(Problem.at("grading/vetoCap", Message.of("grade.problem.vetoCapUnknown",
            vetoCap.code(), Suggestions.suggestion(vetoCap.code(), codes))));
      }
      return problems;
    }

    /**
     * The scale.
     *
     * @throws InvalidDefinitionException listing every problem
     */
    public GradingScale build() {
      List<Problem> problems = problems();
      if (!problems.isEmpty()) {
        throw new InvalidDefinitionException(Message.of("grade.what.scale"), problems);
      }
      List<Band> all = new ArrayList<>(bands);
      all.add(new Band(otherwise, Optional.empty(), ImmutableList.of()));
      return new GradingScale(all, vetoCap);
    }
  }
}
