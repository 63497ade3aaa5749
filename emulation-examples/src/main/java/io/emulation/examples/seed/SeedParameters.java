package io.emulation.examples.seed;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The knobs of the seed campaign's generator: the random seed, the factory's units with their
 * teams and how strong each is, the rates of the chance events, and where the events that
 * decide collective titles (a serious incident, a warning, a review) happen. {@link #standard()}
 * is the calibrated set whose data gives the seed article's half-year outcome; {@code
 * examples/seed-campaign/README.md} explains each value.
 *
 * @param seed seeds the {@link java.util.SplittableRandom} every draw comes from
 * @param registrationRate share of people who register for Chiến sĩ tiên tiến
 * @param newHireRate share of people hired in the first half of 2021 (too recent for a title)
 * @param reprimandRate share of people disciplined at reprimand (khiển trách) level
 * @param bonusRate share of people given bonus points for a good deed
 * @param growthPercent the factory's growth of production value over the same half of 2020
 * @param units the units below the factory, in order
 * @param incidentTeams the teams where a serious incident happens, one per entry, in 2021-Q2
 * @param warningUnits units where one member is disciplined at warning (cảnh cáo) level
 * @param reviewUnits units where one member is under disciplinary review
 * @since 0.1
 */
public record SeedParameters(long seed, double registrationRate, double newHireRate,
    double reprimandRate, double bonusRate, double growthPercent, List<UnitPlan> units,
    List<String> incidentTeams, List<String> warningUnits, List<String> reviewUnits) {

  /** Copies the lists. */
  public SeedParameters {
    units = List.copyOf(units);
    incidentTeams = List.copyOf(incidentTeams);
    warningUnits = List.copyOf(warningUnits);
    reviewUnits = List.copyOf(reviewUnits);
  }

  /**
   * How well a group of people works, as percent of plan, and how often events happen.
   *
   * @since 0.1
   */
  public enum Strength {
    /** Well above plan, many initiatives, few violations. */
    STRONG(106.0, 2.5, 0.40, 0.05),
    /** Above plan. */
    GOOD(101.5, 3.0, 0.20, 0.30),
    /** Around plan. */
    FAIR(97.0, 3.0, 0.10, 0.60),
    /** Below plan. */
    WEAK(95.5, 3.5, 0.05, 0.90);

    private final double meanPercent;
    private final double spreadPercent;
    private final double initiatives;
    private final double violations;

    Strength(double meanPercent, double spreadPercent, double initiatives, double violations) {
      this.meanPercent = meanPercent;
      this.spreadPercent = spreadPercent;
      this.initiatives = initiatives;
      this.violations = violations;
    }

    /** Mean percent of plan of the half-year. */
    public double meanPercent() {
      return meanPercent;
    }

    /** Standard deviation of a person's percent of plan around the mean. */
    public double spreadPercent() {
      return spreadPercent;
    }

    /** Mean number of recognised initiatives per person in the half-year. */
    public double initiatives() {
      return initiatives;
    }

    /** Mean number of violations (2 penalty points each) per person in the half-year. */
    public double violations() {
      return violations;
    }
  }

  /**
   * A team (tổ) of a workshop.
   *
   * @param name e.g. "Tổ Tiện"
   * @param size how many workers
   * @param strength how well it works
   * @since 0.1
   */
  public record TeamPlan(String name, int size, Strength strength) {
    /** Checks the parts. */
    public TeamPlan {
      requireNonNull(name, "name");
      requireNonNull(strength, "strength");
    }
  }

  /**
   * A workshop (phân xưởng) with teams, or a department (phòng) without.
   *
   * @param id unit id
   * @param name display name
   * @param workshop whether it produces (its workers have production value and it has revenue)
   * @param staff people directly in the unit: a workshop's managers and clerks, a department's
   *     whole staff
   * @param strength how well those people work
   * @param quarterPlan a worker's production plan for 2021-Q1 in million VND (workshops only)
   * @param maleShare share of men among its people
   * @param teams the workshop's teams, in order
   * @since 0.1
   */
  public record UnitPlan(String id, String name, boolean workshop, int staff, Strength strength,
      double quarterPlan, double maleShare, List<TeamPlan> teams) {
    /** Copies the teams. */
    public UnitPlan {
      requireNonNull(id, "id");
      requireNonNull(name, "name");
      requireNonNull(strength, "strength");
      teams = List.copyOf(teams);
    }

    /** The id of the unit's {@code index}-th team, from 0: {@code px-duc-t1} for the first. */
    public String teamId(int index) {
      return id + "-t" + (index + 1);
    }
  }

  /** The calibrated parameters of {@code examples/seed-campaign}. */
  public static SeedParameters standard() {
    return new SeedParameters(2021L, 0.95, 0.03, 0.005, 0.03, 10.0, SeedUnits.standard(),
        List.of("px-co-khi-2-t3", "px-son-ma-t2"),
        List.of("px-lap-rap-t2"),
        List.of("p-ke-hoach"));
  }
}
