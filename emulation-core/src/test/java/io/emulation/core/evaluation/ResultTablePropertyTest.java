package io.emulation.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableList;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.criteria.Adjustment;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.criteria.Measurement;
import io.emulation.core.org.Individual;
import io.emulation.core.ranking.Placement;
import io.emulation.core.ranking.RankKey;
import io.emulation.core.ranking.RankKeys;
import io.emulation.core.ranking.RankMethod;
import io.emulation.core.ranking.RankPolicy;
import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.core.scoring.TestFormula;
import io.emulation.scoring.spi.FormulaParameters;
import io.emulation.scoring.spi.Points;
import io.emulation.scoring.spi.ScoringException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Results kept as columns ({@link ResultTable}) are indistinguishable from results holding their
 * parts, on seeded {@link RandomCampaigns}: each view equals the result made of what it reads, is
 * found by id and in the map by id, reads the same every time, and the ranking made from the
 * columns lists and places everyone exactly as {@link RankPolicy#rank} does over standings.
 *
 * <p>Views make their scorecards, grades and placements when read rather than keeping them, so
 * a slip in the columns (a row read at the wrong place, a number of the wrong unit) would show
 * only in what a reader sees; these properties compare exactly that. The generator seldom makes
 * equal totals and never formula faults, so odd seeds give people the data of others (ties
 * overall and in units) and seeds divisible by three add a criterion whose formula fails for
 * some people (results with errors, published under {@link FaultPolicy#PUBLISH_WITH_ERRORS}).
 */
class ResultTablePropertyTest {
  /** Fails for a value of zero: the people given zero have an errored line. */
  private static final TestFormula FLAKY = TestFormula.of("test:flaky", input -> {
    if (input.value().signum() == 0) {
      throw new ScoringException("no points for zero");
    }
    return Points.of(input.value(), "the value");
  });
  private static final CampaignEvaluator EVALUATOR = CampaignEvaluator.of(registry())
      .withFaultPolicy(FaultPolicy.PUBLISH_WITH_ERRORS);
  /** Policies of built-in keys only, which are ranked from the columns. */
  private static final List<RankPolicy> BUILT_IN_POLICIES = List.of(
      RankPolicy.standard(),
      RankPolicy.of(RankMethod.STANDARD_COMPETITION, RankKey.byGrade(), RankKey.byTotal()),
      RankPolicy.of(RankMethod.DENSE, RankKey.directProductionFirst(), RankKey.byGrade()),
      RankPolicy.of(RankMethod.ORDINAL, RankKey.byTotal(), RankKey.byParticipantId()));
  /** Ids of no participant: unknown, of another case, empty, and of a unit not competing. */
  private static final List<String> NOBODY = List.of("nobody", "P000", "p999", "", "f");

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 20);
  }

  static Stream<Arguments> seedsAndPolicies() {
    return seeds().boxed()
        .flatMap(seed -> BUILT_IN_POLICIES.stream().map(policy -> Arguments.of(seed, policy)));
  }

  private static FormulaRegistry registry() {
    FormulaRegistry.Builder registry = FormulaRegistry.builder();
    FormulaRegistry.load().formulas().forEach(registry::add);
    return registry.add(FLAKY).build();
  }

  /** One seed's campaign and data (see the class comment for how seeds vary them). */
  private record Drawn(long seed, Campaign campaign, EvaluationData data, boolean ties,
      boolean faults) {

    static Drawn of(long seed) {
      RandomCampaigns generated = RandomCampaigns.generate(seed);
      Drawn drawn = new Drawn(seed, generated.campaign, generated.data, false, false);
      if (seed % 3 == 0) {
        drawn = drawn.withFaults();
      }
      return seed % 2 == 1 ? drawn.withTies() : drawn;
    }

    /** With a criterion the flaky formula scores: zero for the first person and at random. */
    private Drawn withFaults() {
      SplittableRandom random = new SplittableRandom(~seed);
      Campaign flaky = campaign.toBuilder().criteria(Criterion.builder("flaky", "Flaky")
          .formula(FLAKY.id(), FormulaParameters.empty()).build()).build();
      List<Measurement> measurements = new ArrayList<>(data.measurements());
      List<Individual> people = campaign.organisation().individuals();
      for (int i = 0; i < people.size(); i++) {
        measurements.add(Measurement.of(people.get(i).id(), "flaky", RandomCampaigns.H1,
            BigDecimal.valueOf(i == 0 ? 0 : random.nextInt(4))));
      }
      return new Drawn(seed, flaky, EvaluationData.of(measurements, data.adjustments()), ties,
          true);
    }

    /**
     * With every person after the first third given all the data of one of the first third, so
     * that their totals, and often grades and units, are equal.
     */
    private Drawn withTies() {
      List<Individual> people = campaign.organisation().individuals();
      int templates = Math.max(1, (people.size() + 2) / 3);
      Map<String, String> templateOf = new LinkedHashMap<>();
      for (int i = 0; i < people.size(); i++) {
        templateOf.put(people.get(i).id(), people.get(i % templates).id());
      }
      List<Measurement> measurements = new ArrayList<>();
      for (Measurement m : data.measurements()) {
        if (!templateOf.containsKey(m.participantId())) {
          measurements.add(m); // a collective's
        }
      }
      List<Adjustment> adjustments = new ArrayList<>();
      templateOf.forEach((person, template) -> {
        data.measurements().stream().filter(m -> m.participantId().equals(template))
            .forEach(m -> measurements.add(new Measurement(person, m.criterionId(),
                m.period(), m.value(), m.target(), m.source())));
        data.adjustments().stream().filter(a -> a.participantId().equals(template))
            .forEach(a -> adjustments.add(new Adjustment(person, a.period(), a.kind(),
                a.points(), a.reason())));
      });
      return new Drawn(seed, campaign, EvaluationData.of(measurements, adjustments), true,
          faults);
    }

    EvaluationResult evaluate() {
      return evaluate(campaign);
    }

    EvaluationResult evaluate(Campaign evaluated) {
      return EVALUATOR.evaluate(evaluated, data, RandomCampaigns.H1);
    }

    @Override
    public String toString() {
      return "seed " + seed + (ties ? ", ties" : "") + (faults ? ", faults" : "");
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyResultEqualsTheResultMadeOfItsParts(long seed) {
    Drawn drawn = Drawn.of(seed);
    for (ParticipantResult result : drawn.evaluate().all()) {
      ParticipantResult made = new ParticipantResult(result.participant(), result.scorecard(),
          result.grade(), result.overall(), result.inUnit());

      assertThat(result).as("%s, %s", drawn, result.participantId()).isEqualTo(made)
          .hasSameHashCodeAs(made).hasToString(made.toString());
      assertThat(made).as("%s, %s", drawn, result.participantId()).isEqualTo(result);
      assertThat(result.explain()).as("%s, %s", drawn, result.participantId())
          .isEqualTo(made.explain());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void resultByIdFindsEveryListedResultAndNoOneElse(long seed) {
    Drawn drawn = Drawn.of(seed);
    EvaluationResult evaluated = drawn.evaluate();
    assertThat(evaluated.individuals()).as("%s", drawn).isNotEmpty();
    assertThat(evaluated.collectives()).as("%s", drawn).isNotEmpty();

    for (ParticipantResult result : evaluated.all()) {
      assertThat(evaluated.result(result.participantId()))
          .as("%s, %s", drawn, result.participantId()).contains(result);
    }
    for (String id : NOBODY) {
      assertThat(evaluated.result(id)).as("%s, '%s'", drawn, id).isEmpty();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void byParticipantMapsIdsInListingOrderAndIsMadeOnce(long seed) {
    Drawn drawn = Drawn.of(seed);
    EvaluationResult evaluated = drawn.evaluate();
    Map<String, ParticipantResult> expected = new LinkedHashMap<>();
    evaluated.all().forEach(result -> expected.put(result.participantId(), result));

    assertThat(evaluated.byParticipant()).as("%s", drawn).isEqualTo(expected)
        .containsExactlyEntriesOf(expected)
        .isSameAs(evaluated.byParticipant());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void readingAResultAgainGivesEqualPartsAndErrorsAsItsScorecard(long seed) {
    Drawn drawn = Drawn.of(seed);
    EvaluationResult evaluated = drawn.evaluate();
    if (drawn.faults) {
      // the first person's zero fails: some result must have errors, or nothing is checked
      assertThat(evaluated.all()).as("%s", drawn).anyMatch(ParticipantResult::hasErrors);
    }

    for (ParticipantResult result : evaluated.all()) {
      String as = drawn + ", " + result.participantId();
      assertThat(result.scorecard()).as(as).isEqualTo(result.scorecard());
      assertThat(result.grade()).as(as).isEqualTo(result.grade());
      assertThat(result.overall()).as(as).isEqualTo(result.overall());
      assertThat(result.inUnit()).as(as).isEqualTo(result.inUnit());
      assertThat(result.hasErrors()).as(as).isEqualTo(result.scorecard().hasErrors());
    }
  }

  @ParameterizedTest(name = "seed {0}, {1}")
  @MethodSource("seedsAndPolicies")
  void rankingFromColumnsEqualsRankingByStandings(long seed, RankPolicy policy) {
    Drawn drawn = Drawn.of(seed);
    RankPolicy standIns = withStandIns(policy);
    EvaluationResult fromColumns =
        drawn.evaluate(drawn.campaign.toBuilder().rankPolicy(policy).build());
    EvaluationResult byStandings =
        drawn.evaluate(drawn.campaign.toBuilder().rankPolicy(standIns).build());
    // the comparison means something only if the two took different paths: placements ranked
    // by standings under keys not built in are kept as made, those from columns made on read
    assertThat(policy.hasOnlyBuiltInKeys()).isTrue();
    assertThat(standIns.hasOnlyBuiltInKeys()).isFalse();
    ParticipantResult first = byStandings.individuals().get(0);
    assertThat(first.overall()).isSameAs(first.overall());
    assertThat(fromColumns.individuals().get(0).overall())
        .isNotSameAs(fromColumns.individuals().get(0).overall());

    String as = drawn + ", " + policy;
    assertThat(numbers(fromColumns.individuals())).as("%s, individuals", as)
        .containsExactlyElementsOf(numbers(byStandings.individuals()));
    assertThat(numbers(fromColumns.collectives())).as("%s, collectives", as)
        .containsExactlyElementsOf(numbers(byStandings.collectives()));
    // equal placements have equal explanations: the stand-ins give the keys' own Messages
    assertThat(placements(fromColumns)).as(as)
        .containsExactlyElementsOf(placements(byStandings));
    assertThat(fromColumns.all().stream().map(ParticipantResult::explain).toList()).as(as)
        .containsExactlyElementsOf(
            byStandings.all().stream().map(ParticipantResult::explain).toList());
  }

  /**
   * The policy with each key replaced by a stand-in of a test's type, which the engine does not
   * know, so that it ranks by standings. The participant id key stays as it is: a stand-in for
   * it would be one more deciding key, separating the ranks of tied participants.
   */
  private static RankPolicy withStandIns(RankPolicy policy) {
    return new RankPolicy(policy.method(), policy.keys().stream()
        .map(key -> key.equals(RankKey.byParticipantId()) ? key : RankKeys.anotherType(key))
        .collect(ImmutableList.toImmutableList()));
  }

  /** Each listed result's id and the numbers of its placements, in listing order. */
  private static List<Tuple> numbers(List<ParticipantResult> results) {
    return results.stream().map(result -> {
      Placement overall = result.overall();
      Placement inUnit = result.inUnit();
      return tuple(result.participantId(), overall.rank(), overall.position(), overall.of(),
          overall.tiedWith(), inUnit.rank(), inUnit.position(), inUnit.of(), inUnit.tiedWith());
    }).toList();
  }

  /** Every result's placements overall and in its unit, in listing order. */
  private static List<Placement> placements(EvaluationResult evaluated) {
    return evaluated.all().stream()
        .flatMap(result -> Stream.of(result.overall(), result.inUnit())).toList();
  }
}
