package io.emulation.benchmarks;

import static com.google.common.base.Preconditions.checkState;

import io.emulation.core.award.AwardInputs;
import io.emulation.core.award.AwardLevel;
import io.emulation.core.award.Initiative;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.campaign.MemberAggregation;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.criteria.Measurement;
import io.emulation.core.criteria.MeasurementColumn;
import io.emulation.core.criteria.MissingPolicy;
import io.emulation.core.evaluation.EvaluationData;
import io.emulation.core.org.DisciplinaryLevel;
import io.emulation.core.org.Individual;
import io.emulation.core.org.OrgUnit;
import io.emulation.core.org.Organisation;
import io.emulation.core.period.Period;
import io.emulation.scoring.spi.Direction;
import io.emulation.scoring.spi.FormulaParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A seeded synthetic campaign: {@code n} individuals in {@code units} units (each unit competing
 * as a collective whose total is its members' mean), {@code c} criteria cycling through the
 * built-in formulas (linear, bands, per-occurrence, penalty, pass-fail veto, rating, percentile,
 * growth), and award inputs (registrations, initiatives) for the law-2022 preset. The same seed
 * always gives the same campaign. The measurements are made as the engine's columns while
 * generating; the raw values are kept in arrays too, for the baseline, unless the campaign is
 * made {@link #columnsOnly columns only} (for the heap probe).
 */
public final class SyntheticCampaign {
  /** The period evaluated. */
  public static final Period PERIOD = Period.year(2021);
  /** The formula of criterion {@code k}: one of {@link #KINDS}, cycling. */
  public static final String[] KINDS = {"linear", "bands", "per-occurrence", "penalty",
      "pass-fail", "rating", "percentile", "growth"};

  /** An individual without a value of the criterion. */
  private static final int ABSENT = Integer.MIN_VALUE;
  /** The scale of each formula kind's values, in the order of {@link #KINDS}. */
  private static final int[] SCALES = {1, 0, 0, 0, 0, 1, 0, 0};

  private final int n;
  private final int units;
  private final int c;
  private final Campaign campaign;
  /**
   * values[k][i]: the unscaled value of criterion k for individual i at {@link #SCALES}[k], or
   * {@link #ABSENT}; ints rather than {@code BigDecimal}s, which at a million people would be
   * 800 MB of the heap that an application holding its data as columns does not have. {@code
   * null} when the values are not kept (no baseline runs on the campaign).
   */
  private final int[][] values;
  /** baselines[k][i]: last year's value (scale 0) for a growth criterion k, else null. */
  private final int[][] baselines;
  /** The measurements as columns, made while generating. */
  private final EvaluationData columns;
  final int[] unitOf;
  final boolean[] registered;
  final boolean[] hiredEarly;
  final DisciplinaryLevel[] discipline;
  final boolean[] underReview;
  final int[] initiatives;
  final String[] ids;
  final String[] unitIds;
  final List<Initiative> initiativeList;

  private SyntheticCampaign(int n, int units, int c, long seed, boolean keepValues) {
    this.n = n;
    this.units = units;
    this.c = c;
    SplittableRandom random = new SplittableRandom(seed);
    ids = new String[n];
    unitIds = new String[units];
    unitOf = new int[n];
    registered = new boolean[n];
    hiredEarly = new boolean[n];
    discipline = new DisciplinaryLevel[n];
    underReview = new boolean[n];
    initiatives = new int[n];
    values = keepValues ? new int[c][n] : null;
    baselines = new int[c][];
    MeasurementColumn.Builder[] thisYear = new MeasurementColumn.Builder[c];
    MeasurementColumn.Builder[] lastYear = new MeasurementColumn.Builder[c];
    initiativeList = new ArrayList<>();
    Organisation.Builder org = Organisation.builder().unit(OrgUnit.root("root", "Root"));
    for (int u = 0; u < units; u++) {
      unitIds[u] = String.format("u%06d", u);
      org.unit(OrgUnit.of(unitIds[u], "Unit " + u, "root")).collective(unitIds[u]);
    }
    for (int k = 0; k < c; k++) {
      thisYear[k] = MeasurementColumn.builder(criterionId(k), PERIOD);
      if (kind(k).equals("growth")) {
        baselines[k] = keepValues ? new int[n] : null;
        lastYear[k] = MeasurementColumn.builder(criterionId(k), PERIOD.minusYears(1));
      }
    }
    for (int i = 0; i < n; i++) {
      ids[i] = String.format("p%07d", i);
      unitOf[i] = (int) ((long) i * units / n);
      double ability = random.nextDouble();
      hiredEarly[i] = random.nextInt(100) >= 2;
      int d = random.nextInt(100);
      discipline[i] = d == 0 ? DisciplinaryLevel.REPRIMAND : d == 1 ? DisciplinaryLevel.WARNING
          : DisciplinaryLevel.NONE;
      underReview[i] = random.nextInt(200) == 0;
      registered[i] = random.nextInt(100) >= 3;
      initiatives[i] = random.nextInt(100) < 30 ? 1 : 0;
      if (initiatives[i] > 0) {
        initiativeList.add(new Initiative(ids[i], "Initiative of " + ids[i], AwardLevel.GRASSROOTS,
            PERIOD));
      }
      org.individual(Individual.of(ids[i], "Person " + i, unitIds[unitOf[i]])
          .withHireDate(hiredEarly[i] ? LocalDate.of(2015, 1, 1) : LocalDate.of(2021, 9, 1))
          .withDiscipline(discipline[i]).withUnderReview(underReview[i]));
      for (int k = 0; k < c; k++) {
        double skill = Math.min(1, Math.max(0, ability * 0.8 + random.nextDouble() * 0.4));
        int value = value(kind(k), skill, random);
        if (value != ABSENT) {
          thisYear[k].add(ids[i], BigDecimal.valueOf(value, SCALES[k % KINDS.length]));
        }
        if (keepValues) {
          values[k][i] = value;
        }
        if (lastYear[k] != null) {
          int previous = 50 + random.nextInt(50);
          lastYear[k].add(ids[i], BigDecimal.valueOf(previous));
          if (keepValues) {
            baselines[k][i] = previous;
          }
        }
      }
    }
    EvaluationData.Builder data = EvaluationData.builder();
    for (int k = 0; k < c; k++) {
      data.add(thisYear[k].build());
      if (lastYear[k] != null) {
        data.add(lastYear[k].build());
      }
    }
    this.columns = data.build();
    List<Criterion> criteria = new ArrayList<>();
    for (int k = 0; k < c; k++) {
      criteria.add(criterion(k));
    }
    campaign = Campaign.builder("synthetic", "Synthetic campaign").period(PERIOD)
        .organisation(org.build()).criteria(criteria)
        .memberAggregation(MemberAggregation.MEAN, BigDecimal.ONE).build();
  }

  /**
   * A campaign of {@code n} individuals in {@code units} units with {@code c} criteria, keeping
   * its values in arrays for the baseline too.
   */
  public static SyntheticCampaign of(int n, int units, int c, long seed) {
    return new SyntheticCampaign(n, units, c, seed, true);
  }

  /**
   * The same campaign holding its measurements only as the engine's columns, as an application
   * would: no baseline or {@link #data()} on it. For measuring the heap.
   */
  public static SyntheticCampaign columnsOnly(int n, int units, int c, long seed) {
    return new SyntheticCampaign(n, units, c, seed, false);
  }

  /** The formula kind of criterion {@code k}. */
  public static String kind(int k) {
    return KINDS[k % KINDS.length];
  }

  /** The id of criterion {@code k}. */
  public static String criterionId(int k) {
    return String.format("c%02d-%s", k, kind(k));
  }

  /** A value of a criterion of the kind, unscaled at the kind's scale in {@link #SCALES}. */
  private static int value(String kind, double skill, SplittableRandom random) {
    return switch (kind) {
      case "linear" -> (int) Math.round(400 + skill * 900);
      case "bands" -> (int) Math.round(skill * 100);
      case "per-occurrence" -> (int) Math.round(skill * 7);
      case "penalty" -> random.nextInt(100) < 80 ? 0 : random.nextInt(3) + 1;
      // a serious incident (1) fails the veto; most people have no measurement at all
      case "pass-fail" -> random.nextInt(1000) < 3 ? 1 : ABSENT;
      // half steps: 0.0, 0.5, ... 5.0
      case "rating" -> (int) Math.round(skill * 10) * 5;
      case "percentile" -> (int) Math.round(skill * 1000);
      case "growth" -> 40 + (int) Math.round(skill * 80);
      default -> throw new IllegalArgumentException(kind);
    };
  }

  /** The value of criterion {@code k} for individual {@code i}, or null when not measured. */
  BigDecimal value(int k, int i) {
    checkState(values != null, "a campaign of columns only keeps no values");
    int unscaled = values[k][i];
    return unscaled == ABSENT ? null
        : BigDecimal.valueOf(unscaled, SCALES[k % KINDS.length]);
  }

  /** Last year's value of growth criterion {@code k} for individual {@code i}. */
  BigDecimal lastYear(int k, int i) {
    checkState(values != null, "a campaign of columns only keeps no values");
    return BigDecimal.valueOf(baselines[k][i]);
  }

  /**
   * A band as a map in a fixed order ({@code Map.of} iterates in an order that changes from one
   * JVM to the next, and the order shows in explanations).
   */
  private static Map<String, Integer> band(int from, int points) {
    Map<String, Integer> band = new LinkedHashMap<>();
    band.put("from", from);
    band.put("points", points);
    return band;
  }

  private static Criterion criterion(int k) {
    Criterion.Builder b = Criterion.builder(criterionId(k), "Criterion " + k);
    return switch (kind(k)) {
      case "linear" -> b.formula("emulation:linear", FormulaParameters.builder()
          .put("maxPoints", 6).put("bonusPerPercent", new BigDecimal("0.1"))
          .put("maxBonus", 1).build()).target(BigDecimal.valueOf(100)).build();
      case "bands" -> b.formula("emulation:bands", FormulaParameters.builder().put("basis", "value")
          .put("bands", List.of(band(0, 1), band(40, 3), band(70, 5), band(90, 6)))
          .build()).build();
      case "per-occurrence" -> b.formula("emulation:per-occurrence", FormulaParameters.builder()
          .put("pointsPer", 1).put("maxPoints", 6).build()).build();
      case "penalty" -> b.formula("emulation:penalty", FormulaParameters.builder()
          .put("pointsPer", new BigDecimal("0.5")).put("maxDeduction", 2).build())
          .direction(Direction.LOWER_IS_BETTER).build();
      case "pass-fail" -> b.formula("emulation:pass-fail", FormulaParameters.builder()
          .put("threshold", 0).build()).direction(Direction.LOWER_IS_BETTER).veto(true)
          .whenMissing(MissingPolicy.ZERO).build();
      case "rating" -> b.formula("emulation:rating", FormulaParameters.builder()
          .put("min", 0).put("max", 5).put("step", new BigDecimal("0.5")).build()).build();
      case "percentile" -> b.formula("emulation:percentile", FormulaParameters.builder()
          .put("maxPoints", 6).build()).build();
      case "growth" -> b.formula("emulation:growth", FormulaParameters.builder()
          .put("maxPoints", 6).put("targetGrowth", 20).build()).yearOverYear(true).build();
      default -> throw new IllegalArgumentException(kind(k));
    };
  }

  /** The campaign. */
  public Campaign campaign() {
    return campaign;
  }

  /** Individuals. */
  public int individuals() {
    return n;
  }

  /** Units (= collectives). */
  public int units() {
    return units;
  }

  /** Criteria. */
  public int criteria() {
    return c;
  }

  /**
   * The measurements as columns, a column per criterion and period: the form for large
   * evaluations, and the one the benchmarks evaluate.
   */
  public EvaluationData columns() {
    return columns;
  }

  /** The same measurements as {@link #columns()}, one {@code Measurement} object each. */
  public EvaluationData data() {
    EvaluationData.Builder data = EvaluationData.builder();
    List<Measurement> all = new ArrayList<>();
    for (int k = 0; k < c; k++) {
      String id = criterionId(k);
      for (int i = 0; i < n; i++) {
        BigDecimal value = value(k, i);
        if (value != null) {
          all.add(Measurement.of(ids[i], id, PERIOD, value));
        }
        if (baselines[k] != null) {
          all.add(Measurement.of(ids[i], id, PERIOD.minusYears(1), lastYear(k, i)));
        }
      }
    }
    return data.addMeasurements(all).build();
  }

  /** Registrations (97% of people registered for everything) and initiatives. */
  public AwardInputs awardInputs() {
    java.util.Set<String> unregistered = new java.util.HashSet<>();
    for (int i = 0; i < n; i++) {
      if (!registered[i]) {
        unregistered.add(ids[i]);
      }
    }
    return AwardInputs.none()
        .withRegistrations((participantId, awardId) -> !unregistered.contains(participantId))
        .withInitiatives(initiativeList);
  }
}
