package io.emulation.core.award;

import static io.emulation.core.preset.Presets.CSTDCS;
import static io.emulation.core.preset.Presets.CSTD_BO;
import static io.emulation.core.preset.Presets.GIAY_KHEN;
import static io.emulation.core.preset.Presets.LDTT;
import static io.emulation.core.preset.Presets.TTLDTT;
import static io.emulation.core.preset.Presets.TTLDXS;

import io.emulation.core.campaign.Campaign;
import io.emulation.core.campaign.MemberAggregation;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.criteria.Measurement;
import io.emulation.core.evaluation.CampaignEvaluator;
import io.emulation.core.evaluation.EvaluationData;
import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.org.DisciplinaryLevel;
import io.emulation.core.org.Individual;
import io.emulation.core.org.OrgUnit;
import io.emulation.core.org.Organisation;
import io.emulation.core.period.Period;
import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.scoring.spi.FormulaParameters;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Seeded random factories for award property tests: 1–4 units competing as collectives, 5–60
 * people rated 0–100 by the council ({@code emulation:rating}, so a person's total is the
 * rating), with random hire dates, discipline, review flags, registrations, initiatives and past
 * grants. The same seed always gives the same factory; {@link #shuffled} gives the same content
 * in another order.
 */
final class RandomAwardCampaigns {
  static final Period YEAR = Period.year(2021);
  private static final FormulaRegistry FORMULAS = FormulaRegistry.load();
  private static final List<Period> RECOGNISED = List.of(YEAR, Period.half(2021, 1),
      Period.quarter(2021, 2), Period.quarter(2021, 4), Period.year(2020),
      Period.quarter(2020, 4), Period.of(LocalDate.of(2020, 12, 1), LocalDate.of(2021, 1, 31)));
  private static final RoundingMode[] ROUNDINGS = {RoundingMode.FLOOR, RoundingMode.CEILING,
      RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.DOWN, RoundingMode.UP};

  final long seed;
  private final List<OrgUnit> units;
  private final List<String> collectives;
  private final List<Individual> people;
  private final List<Measurement> measurements;
  private final Map<String, Set<String>> registrations;
  private final List<Initiative> initiatives;
  private final List<PastAward> history;

  private RandomAwardCampaigns(long seed, List<OrgUnit> units, List<String> collectives,
      List<Individual> people, List<Measurement> measurements,
      Map<String, Set<String>> registrations, List<Initiative> initiatives,
      List<PastAward> history) {
    this.seed = seed;
    this.units = units;
    this.collectives = collectives;
    this.people = people;
    this.measurements = measurements;
    this.registrations = registrations;
    this.initiatives = initiatives;
    this.history = history;
  }

  static RandomAwardCampaigns generate(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<OrgUnit> units = new ArrayList<>();
    List<String> collectives = new ArrayList<>();
    units.add(OrgUnit.root("f", "Factory"));
    int unitCount = 1 + random.nextInt(4);
    for (int u = 1; u <= unitCount; u++) {
      units.add(OrgUnit.of("u" + u, "Unit " + u, "f"));
      collectives.add("u" + u);
    }
    List<Individual> people = new ArrayList<>();
    List<Measurement> measurements = new ArrayList<>();
    Map<String, Set<String>> registrations = new LinkedHashMap<>();
    List<Initiative> initiatives = new ArrayList<>();
    List<PastAward> history = new ArrayList<>();
    int count = 5 + random.nextInt(56);
    for (int i = 0; i < count; i++) {
      String id = String.format("p%02d", i);
      people.add(person(random, id, "u" + (1 + random.nextInt(unitCount))));
      int score = random.nextInt(4) == 0 ? random.nextInt(101) : 60 + random.nextInt(41);
      measurements.add(Measurement.of(id, "rating", YEAR, BigDecimal.valueOf(score)));
      Set<String> registered = new LinkedHashSet<>();
      for (String award : List.of(LDTT, CSTDCS, GIAY_KHEN)) {
        if (random.nextInt(10) < 8) {
          registered.add(award);
        }
      }
      registrations.put(id, registered);
      for (int k = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0; k > 0; k--) {
        initiatives.add(new Initiative(id, "Initiative " + k + " of " + id,
            AwardLevel.values()[random.nextInt(3)],
            RECOGNISED.get(random.nextInt(RECOGNISED.size()))));
      }
      for (int year = 2019; year <= 2020; year++) {
        if (random.nextInt(3) == 0) {
          history.add(new PastAward(id, CSTDCS, Period.year(year),
              random.nextInt(5) == 0 ? AwardKind.THEMED : AwardKind.EMULATION_TITLE));
        }
      }
    }
    return new RandomAwardCampaigns(seed, units, collectives, people, measurements,
        registrations, initiatives, history);
  }

  private static Individual person(SplittableRandom random, String id, String unit) {
    Individual person = Individual.of(id, "Person " + id, unit)
        .withDirectProduction(random.nextBoolean());
    if (random.nextInt(10) > 0) {
      person = person.withHireDate(LocalDate.of(2010, 1, 1).plusDays(random.nextInt(4383)));
    }
    if (random.nextInt(7) == 0) {
      person = person.withDiscipline(
          DisciplinaryLevel.values()[1 + random.nextInt(DisciplinaryLevel.values().length - 1)]);
    }
    return person.withUnderReview(random.nextInt(20) == 0);
  }

  /** The same factory with units, people, measurements and inputs in another order. */
  RandomAwardCampaigns shuffled(long shuffleSeed) {
    Random random = new Random(shuffleSeed);
    List<OrgUnit> newUnits = shuffle(units, random);
    List<String> newCollectives = shuffle(collectives, random);
    List<Individual> newPeople = shuffle(people, random);
    List<Measurement> newMeasurements = shuffle(measurements, random);
    Map<String, Set<String>> newRegistrations = new LinkedHashMap<>();
    shuffle(List.copyOf(registrations.keySet()), random).forEach(id -> newRegistrations.put(id,
        new LinkedHashSet<>(shuffle(List.copyOf(registrations.get(id)), random))));
    return new RandomAwardCampaigns(seed, newUnits, newCollectives, newPeople, newMeasurements,
        newRegistrations, shuffle(initiatives, random), shuffle(history, random));
  }

  /** The same factory with one person's rating changed. */
  RandomAwardCampaigns withScore(String personId, int score) {
    List<Measurement> changed = new ArrayList<>();
    for (Measurement m : measurements) {
      changed.add(m.participantId().equals(personId)
          ? Measurement.of(personId, "rating", YEAR, BigDecimal.valueOf(score)) : m);
    }
    return new RandomAwardCampaigns(seed, units, collectives, people, changed, registrations,
        initiatives, history);
  }

  /** The people's ids and ratings, in generation order. */
  Map<String, Integer> scores() {
    Map<String, Integer> scores = new LinkedHashMap<>();
    measurements.forEach(m -> scores.put(m.participantId(), m.value().intValue()));
    return scores;
  }

  Campaign campaign() {
    Organisation.Builder org = Organisation.builder();
    units.forEach(org::unit);
    people.forEach(org::individual);
    collectives.forEach(org::collective);
    return Campaign.builder("random-" + seed, "Random factory " + seed).period(YEAR)
        .organisation(org.build())
        .criteria(Criterion.builder("rating", "Council rating")
            .formula("emulation:rating", FormulaParameters.builder().put("min", 0)
                .put("max", 100).build()).build())
        .memberAggregation(MemberAggregation.MEAN, BigDecimal.ONE)
        .build();
  }

  EvaluationData data() {
    return EvaluationData.builder().addMeasurements(measurements).build();
  }

  EvaluationResult evaluation(Campaign campaign) {
    return CampaignEvaluator.of(FORMULAS).evaluate(campaign, data(), YEAR);
  }

  AwardInputs inputs() {
    return AwardInputs.none().withHistory(AwardHistory.of(history))
        .withRegistrations(Registrations.of(registrations)).withInitiatives(initiatives);
  }

  /** The evaluation and the awards under {@code rules}. */
  Decided decide(AwardRuleSet rules) {
    Campaign campaign = campaign();
    EvaluationResult evaluation = evaluation(campaign);
    return new Decided(evaluation, AwardEvaluator.of(rules).evaluate(campaign, evaluation,
        inputs()));
  }

  @Override
  public String toString() {
    return "seed " + seed + ": " + people.size() + " people in " + collectives.size() + " units";
  }

  /**
   * The 2022 pack with a random quota on every rule (ties at the cut-off all out); a
   * percent-of-holders quota counts an award of the same kind decided before it.
   */
  static AwardRuleSet law2022WithRandomQuotas(AwardRuleSet law2022, SplittableRandom random) {
    AwardRuleSet.Builder builder = law2022.toBuilder();
    for (AwardRule rule : law2022.rules()) {
      builder.replaceRule(rule.withQuota(randomQuota(random, rule.award().id())));
    }
    return builder.build();
  }

  /**
   * A random quota for one of the 2022 pack's awards; a percent-of-holders quota counts an award
   * of the same kind decided before it.
   */
  static Quota randomQuota(SplittableRandom random, String awardId) {
    Map<String, List<String>> countable = Map.of(LDTT, List.of(), CSTDCS, List.of(LDTT),
        CSTD_BO, List.of(LDTT, CSTDCS), GIAY_KHEN, List.of(LDTT, CSTDCS), TTLDTT, List.of(),
        TTLDXS, List.of(TTLDTT));
    return randomQuota(random, countable.get(awardId));
  }

  /** A random quota: any basis, percentage, rounding, scope and at-least-one; ties all out. */
  static Quota randomQuota(SplittableRandom random, List<String> holdersOf) {
    BigDecimal percent = BigDecimal.valueOf(random.nextInt(10_001), 2);
    Quota quota = switch (random.nextInt(holdersOf.isEmpty() ? 4 : 5)) {
      case 0 -> Quota.none();
      case 1 -> Quota.count(random.nextInt(8));
      case 2 -> Quota.percentOfEligible(percent);
      case 3 -> Quota.percentOfHeadcount(percent);
      default -> Quota.percentOfHolders(holdersOf.get(random.nextInt(holdersOf.size())),
          percent);
    };
    if (random.nextBoolean()) {
      quota = quota.perUnit();
    }
    if (random.nextBoolean()) {
      quota = quota.withAtLeastOne();
    }
    return quota.rounded(ROUNDINGS[random.nextInt(ROUNDINGS.length)]);
  }

  private static <T> List<T> shuffle(List<T> values, Random random) {
    List<T> copy = new ArrayList<>(values);
    Collections.shuffle(copy, random);
    return copy;
  }

  /** An evaluation and the awards decided on it. */
  record Decided(EvaluationResult evaluation, AwardResult awards) {}
}
