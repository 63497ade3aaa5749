package io.emulation.core.evaluation;

import io.emulation.core.campaign.Campaign;
import io.emulation.core.campaign.MemberAggregation;
import io.emulation.core.campaign.TotalMethod;
import io.emulation.core.criteria.Adjustment;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.criteria.Measurement;
import io.emulation.core.criteria.MissingPolicy;
import io.emulation.core.org.Individual;
import io.emulation.core.org.OrgUnit;
import io.emulation.core.org.Organisation;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.period.Period;
import io.emulation.scoring.spi.Direction;
import io.emulation.scoring.spi.FormulaParameters;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Seeded random campaigns and data over the built-in formulas, for property tests. The same seed
 * always gives the same campaign; {@link #shuffled} gives the same content in another order.
 */
public final class RandomCampaigns {
  public static final Period H1 = Period.half(2021, 1);
  private static final List<Period> QUARTERS = List.of(Period.quarter(2021, 1),
      Period.quarter(2021, 2));

  public final Campaign campaign;
  public final EvaluationData data;
  private final long seed;

  private RandomCampaigns(long seed, Campaign campaign, EvaluationData data) {
    this.seed = seed;
    this.campaign = campaign;
    this.data = data;
  }

  public static RandomCampaigns generate(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int unitCount = 1 + random.nextInt(4);
    List<OrgUnit> units = new ArrayList<>();
    units.add(OrgUnit.root("f", "Factory"));
    for (int u = 1; u <= unitCount; u++) {
      units.add(OrgUnit.of("u" + u, "Unit " + u, "f"));
    }
    List<Individual> people = new ArrayList<>();
    int peopleCount = 2 + random.nextInt(30);
    for (int i = 0; i < peopleCount; i++) {
      people.add(Individual.of(String.format("p%03d", i), "Person " + i,
          "u" + (1 + random.nextInt(unitCount))).withDirectProduction(random.nextBoolean()));
    }
    List<Criterion> criteria = criteria(random);
    Campaign campaign = Campaign.builder("random-" + seed, "Random campaign " + seed)
        .period(Period.year(2021))
        .organisation(organisation(units, people, unitCount))
        .criteria(criteria)
        .totalMethod(random.nextBoolean() ? TotalMethod.SUM : TotalMethod.WEIGHTED_MEAN)
        .memberAggregation(MemberAggregation.values()[random.nextInt(4)], BigDecimal.ONE)
        .build();
    return new RandomCampaigns(seed, campaign, data(random, people, unitCount, criteria));
  }

  /** The same campaign and data with organisation members and data in another order. */
  RandomCampaigns shuffled(long shuffleSeed) {
    Random random = new Random(shuffleSeed);
    List<OrgUnit> units = new ArrayList<>(campaign.organisation().units());
    List<Individual> people = new ArrayList<>(campaign.organisation().individuals());
    Collections.shuffle(units, random);
    Collections.shuffle(people, random);
    Organisation.Builder org = Organisation.builder();
    units.forEach(org::unit);
    people.forEach(org::individual);
    List<String> collectives = new ArrayList<>(campaign.organisation().collectives().stream()
        .map(c -> c.id()).toList());
    Collections.shuffle(collectives, random);
    collectives.forEach(org::collective);
    List<Measurement> measurements = new ArrayList<>(data.measurements());
    List<Adjustment> adjustments = new ArrayList<>(data.adjustments());
    Collections.shuffle(measurements, random);
    Collections.shuffle(adjustments, random);
    return new RandomCampaigns(seed, campaign.toBuilder().organisation(org.build()).build(),
        EvaluationData.of(measurements, adjustments));
  }

  /**
   * The same campaign totalled by {@link TotalMethod#SUM} with every criterion of weight 1, so
   * that every line contributes its points, and the same data.
   */
  RandomCampaigns summingPoints() {
    Campaign.Builder summing = campaign.toBuilder().totalMethod(TotalMethod.SUM);
    campaign.criteria().forEach(c -> summing.replaceCriterion(c.toBuilder().weight(1).build()));
    return new RandomCampaigns(seed, summing.build(), data);
  }

  @Override
  public String toString() {
    return "seed " + seed + ": " + campaign;
  }

  private static Organisation organisation(List<OrgUnit> units, List<Individual> people,
      int unitCount) {
    Organisation.Builder org = Organisation.builder();
    units.forEach(org::unit);
    people.forEach(org::individual);
    for (int u = 1; u <= unitCount; u++) {
      org.collective("u" + u);
    }
    return org.build();
  }

  private static List<Criterion> criteria(SplittableRandom random) {
    return List.of(
        Criterion.builder("output", "Output vs plan")
            .formula("emulation:linear", params(Map.of("maxPoints", 40, "bonusPerPercent", 0.5,
                "maxBonus", 5)))
            .target(BigDecimal.valueOf(100))
            .weight(1 + random.nextInt(4))
            .build(),
        Criterion.builder("revenue", "Revenue bands")
            .formula("emulation:bands", FormulaParameters.builder()
                .put("bands", List.of(Map.of("from", 60, "points", 2), Map.of("from", 70,
                    "points", 3), Map.of("from", 80, "points", 4), Map.of("from", 90,
                    "points", 5)))
                .put("otherwise", 1).build())
            .target(BigDecimal.valueOf(200))
            .weight(random.nextInt(3))
            .build(),
        Criterion.builder("initiatives", "Initiatives")
            .formula("emulation:per-occurrence", params(Map.of("pointsPer", 3, "maxPoints", 9)))
            .whenMissing(random.nextBoolean() ? MissingPolicy.ZERO : MissingPolicy.NOT_APPLICABLE)
            .build(),
        Criterion.builder("safety", "Absolute safety")
            .formula("emulation:pass-fail", params(Map.of("threshold", 0, "passPoints", 10)))
            .direction(Direction.LOWER_IS_BETTER)
            .veto(true)
            .build(),
        Criterion.builder("peers", "Relative to peers")
            .formula("emulation:percentile", params(Map.of("maxPoints", 10)))
            .weight(1 + random.nextInt(2))
            .build(),
        Criterion.builder("unit-output", "Unit output")
            .appliesTo(ParticipantKind.COLLECTIVE)
            .formula("emulation:linear", params(Map.of("maxPoints", 100)))
            .target(BigDecimal.valueOf(1000))
            .build());
  }

  private static EvaluationData data(SplittableRandom random, List<Individual> people,
      int unitCount, List<Criterion> criteria) {
    EvaluationData.Builder data = EvaluationData.builder();
    for (Individual person : people) {
      String id = person.id();
      if (random.nextBoolean()) {
        data.add(Measurement.of(id, "output", H1, decimal(random, 0, 150)));
      } else {
        QUARTERS.forEach(q -> data.add(Measurement.of(id, "output", q, decimal(random, 0, 75))));
      }
      data.add(Measurement.of(id, "revenue", H1, decimal(random, 0, 250)));
      if (random.nextInt(3) > 0) {
        data.add(Measurement.of(id, "initiatives", H1, BigDecimal.valueOf(random.nextInt(5))));
      }
      data.add(Measurement.of(id, "safety", H1,
          BigDecimal.valueOf(random.nextInt(10) == 0 ? 1 : 0)));
      data.add(Measurement.of(id, "peers", H1, BigDecimal.valueOf(random.nextInt(20))));
      if (random.nextInt(4) == 0) {
        data.add(random.nextBoolean()
            ? Adjustment.bonus(id, H1, decimal(random, 1, 5), "bonus for " + id)
            : Adjustment.penalty(id, H1, decimal(random, 1, 5), "penalty for " + id));
      }
    }
    for (int u = 1; u <= unitCount; u++) {
      data.add(Measurement.of("u" + u, "unit-output", H1, decimal(random, 500, 1200)));
    }
    return data.build();
  }

  static BigDecimal decimal(SplittableRandom random, int from, int to) {
    return BigDecimal.valueOf(from * 100L + random.nextInt((to - from) * 100 + 1), 2);
  }

  private static FormulaParameters params(Map<String, ?> values) {
    return SmallFactory.params(values);
  }
}
