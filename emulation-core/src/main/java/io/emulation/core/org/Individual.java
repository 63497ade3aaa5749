package io.emulation.core.org;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.base.MoreObjects;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A person taking part: belongs to one unit, may have a hire date, and carries the facts award
 * rules read for the period evaluated (disciplinary level, whether under disciplinary review or
 * investigation, whether a direct production worker).
 *
 * <p>Immutable; change a fact with a {@code with...} copy:
 * {@code Individual.of("e042", "Nguyễn Văn An", "w1").withHireDate(LocalDate.of(2019, 3, 1))}.
 *
 * @since 0.1
 */
public final class Individual implements Participant {
  private final String id;
  private final String name;
  private final String unitId;
  private final LocalDate hireDate;
  private final DisciplinaryLevel discipline;
  private final boolean underReview;
  private final boolean directProduction;

  private Individual(String id, String name, String unitId, LocalDate hireDate,
      DisciplinaryLevel discipline, boolean underReview, boolean directProduction) {
    this.id = requireId(id, "individual id");
    this.name = requireNonNull(name, "name");
    this.unitId = requireId(unitId, "unit id of individual " + id);
    this.hireDate = hireDate;
    this.discipline = requireNonNull(discipline, "discipline");
    this.underReview = underReview;
    this.directProduction = directProduction;
  }

  /** A person in a unit, with no hire date, no discipline, not under review. */
  public static Individual of(String id, String name, String unitId) {
    return new Individual(id, name, unitId, null, DisciplinaryLevel.NONE, false, false);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ParticipantKind kind() {
    return ParticipantKind.INDIVIDUAL;
  }

  @Override
  public String rankingUnitId() {
    return unitId;
  }

  /** The unit the person belongs to. */
  public String unitId() {
    return unitId;
  }

  /** The day the person was hired, when known. */
  public Optional<LocalDate> hireDate() {
    return Optional.ofNullable(hireDate);
  }

  /** The most severe disciplinary measure in the period evaluated. */
  public DisciplinaryLevel discipline() {
    return discipline;
  }

  /** Whether the person is under disciplinary review or investigation (vetoes awards). */
  public boolean isUnderReview() {
    return underReview;
  }

  /** Whether the person works directly in production (a common tie-breaker). */
  public boolean isDirectProduction() {
    return directProduction;
  }

  /** A copy in another unit. */
  public Individual withUnit(String newUnitId) {
    return new Individual(id, name, newUnitId, hireDate, discipline, underReview, directProduction);
  }

  /** A copy with a hire date. */
  public Individual withHireDate(LocalDate date) {
    return new Individual(id, name, unitId, requireNonNull(date, "hire date"), discipline,
        underReview, directProduction);
  }

  /** A copy with a disciplinary level. */
  public Individual withDiscipline(DisciplinaryLevel level) {
    return new Individual(id, name, unitId, hireDate, level, underReview, directProduction);
  }

  /** A copy that is, or is not, under review. */
  public Individual withUnderReview(boolean review) {
    return new Individual(id, name, unitId, hireDate, discipline, review, directProduction);
  }

  /** A copy that is, or is not, a direct production worker. */
  public Individual withDirectProduction(boolean direct) {
    return new Individual(id, name, unitId, hireDate, discipline, underReview, direct);
  }

  static String requireId(String id, String what) {
    requireNonNull(id, what);
    checkArgument(!id.isBlank(), "%s must not be blank", what);
    checkArgument(id.strip().equals(id), "%s '%s' must not start or end with spaces", what, id);
    return id;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Individual that
        && id.equals(that.id)
        && name.equals(that.name)
        && unitId.equals(that.unitId)
        && Objects.equals(hireDate, that.hireDate)
        && discipline == that.discipline
        && underReview == that.underReview
        && directProduction == that.directProduction;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, unitId, hireDate, discipline, underReview, directProduction);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("Individual").omitNullValues()
        .add("id", id).add("name", name).add("unit", unitId).add("hired", hireDate)
        .add("discipline", discipline == DisciplinaryLevel.NONE ? null : discipline)
        .add("underReview", underReview ? true : null)
        .add("directProduction", directProduction ? true : null)
        .toString();
  }
}
