package io.emulation.core.award;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.emulation.core.campaign.Campaign;
import io.emulation.core.campaign.MemberAggregation;
import io.emulation.core.criteria.Adjustment;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.criteria.Measurement;
import io.emulation.core.criteria.MissingPolicy;
import io.emulation.core.evaluation.CampaignEvaluator;
import io.emulation.core.evaluation.EvaluationData;
import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.org.DisciplinaryLevel;
import io.emulation.core.org.Individual;
import io.emulation.core.org.OrgUnit;
import io.emulation.core.org.Organisation;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.period.Period;
import io.emulation.core.ranking.RankPolicy;
import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.scoring.spi.Direction;
import io.emulation.scoring.spi.FormulaParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A small organisation for award tests: a root unit {@code f} with units below it, each
 * competing as a collective, and people in them with a council rating that becomes their total
 * (the {@code emulation:rating} criterion, 0 to 100). A collective's total is its members' mean
 * (plus any unit bonus), so it is graded on the standard scale too: {@code >= 90} EXCELLENT,
 * {@code >= 75} GOOD, {@code >= 50} COMPLETED, else NOT_COMPLETED; a failed veto caps at
 * COMPLETED.
 *
 * <p>By default everyone registered for every title, was hired long before the period, has no
 * discipline, is not under review and passes the safety veto; the period is the year 2021 and
 * ranks go by total. A fixture is a one-shot builder: set it up, then {@link #decide}.
 */
public final class AwardFixture {
  /** A hire date long before any period the tests use. */
  public static final LocalDate LONG_SERVING = LocalDate.of(2010, 1, 1);
  /** The individuals' veto criterion ("absolute safety"): a measurement of 1 fails it. */
  public static final String SAFETY = "safety";
  /** The collectives' veto criterion. */
  public static final String UNIT_SAFETY = "unit-safety";

  private final Period period;
  private final Map<String, List<Person>> units = new LinkedHashMap<>();
  /** The unit each unit lies in, when it is not the root. */
  private final Map<String, String> parents = new HashMap<>();
  private final Map<String, UnaryOperator<Person>> changes = new HashMap<>();
  private final Map<String, BigDecimal> unitBonus = new LinkedHashMap<>();
  private final Set<String> unitsFailingVeto = new HashSet<>();
  private final Set<String> unregistered = new HashSet<>();
  private final List<Initiative> initiatives = new ArrayList<>();
  private final List<PastAward> history = new ArrayList<>();
  private RankPolicy rankPolicy = RankPolicy.standard();

  private AwardFixture(Period period) {
    this.period = requireNonNull(period, "period");
  }

  /** A fixture evaluating the year 2021. */
  public static AwardFixture year2021() {
    return in(Period.year(2021));
  }

  /** A fixture evaluating the given period. */
  public static AwardFixture in(Period period) {
    return new AwardFixture(period);
  }

  /** One person with a rating and every default. */
  public static Person person(String id, int rating) {
    return new Person(id, rating, LONG_SERVING, DisciplinaryLevel.NONE, false, false, false);
  }

  /** People {@code prefix01}, {@code prefix02}, ... with the given ratings in order. */
  public static List<Person> people(String prefix, int... ratings) {
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < ratings.length; i++) {
      people.add(person(String.format("%s%02d", prefix, i + 1), ratings[i]));
    }
    return people;
  }

  /** {@code count} people with the same rating, numbered from {@code firstNumber}. */
  public static List<Person> same(String prefix, int firstNumber, int count, int rating) {
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      people.add(person(String.format("%s%02d", prefix, firstNumber + i), rating));
    }
    return people;
  }

  /** The lists one after the other. */
  @SafeVarargs
  public static List<Person> concat(List<Person>... lists) {
    List<Person> all = new ArrayList<>();
    for (List<Person> list : lists) {
      all.addAll(list);
    }
    return all;
  }

  /** The period evaluated. */
  public Period period() {
    return period;
  }

  /** Adds a unit below the root, competing as a collective, with its people. */
  public AwardFixture unit(String unitId, Person... people) {
    return unit(unitId, Arrays.asList(people));
  }

  /** Adds a unit below the root, competing as a collective, with its people. */
  public AwardFixture unit(String unitId, List<Person> people) {
    units.put(unitId, List.copyOf(people));
    return this;
  }

  /**
   * Adds a unit inside another one already added, also competing as a collective, with its
   * people: they are members of both collectives.
   */
  public AwardFixture unitWithin(String parentId, String unitId, Person... people) {
    checkArgument(units.containsKey(parentId), "unit %s is not added yet", parentId);
    parents.put(unitId, parentId);
    return unit(unitId, people);
  }

  /** Changes one person already added, e.g. {@code change("p07", Person::directProduction)}. */
  public AwardFixture change(String personId, UnaryOperator<Person> change) {
    changes.merge(personId, change, (a, b) -> p -> b.apply(a.apply(p)));
    return this;
  }

  /** A bonus on the collective's own scorecard, on top of its members' mean. */
  public AwardFixture unitBonus(String unitId, int points) {
    unitBonus.put(unitId, BigDecimal.valueOf(points));
    return this;
  }

  /** The collective fails its own safety veto. */
  public AwardFixture unitFailsVeto(String unitId) {
    unitsFailingVeto.add(unitId);
    return this;
  }

  /** These people registered for nothing; everyone else registered for everything. */
  public AwardFixture unregistered(String... personIds) {
    unregistered.addAll(Arrays.asList(personIds));
    return this;
  }

  /** An initiative of the person, recognised in the period evaluated. */
  public AwardFixture initiative(String personId, AwardLevel reach) {
    return initiative(personId, reach, period);
  }

  /** An initiative of the person, recognised in the given period. */
  public AwardFixture initiative(String personId, AwardLevel reach, Period recognised) {
    initiatives.add(new Initiative(personId, "Initiative of " + personId, reach, recognised));
    return this;
  }

  /** Initiatives of grassroots reach, recognised in the period, for each person. */
  public AwardFixture initiatives(String... personIds) {
    Arrays.stream(personIds).forEach(id -> initiative(id, AwardLevel.GRASSROOTS));
    return this;
  }

  /** Past grants. */
  public AwardFixture history(PastAward... grants) {
    history.addAll(Arrays.asList(grants));
    return this;
  }

  /** The campaign's rank policy, which quota places go by unless a rule says otherwise. */
  public AwardFixture rankPolicy(RankPolicy policy) {
    this.rankPolicy = requireNonNull(policy, "policy");
    return this;
  }

  /** The campaign. */
  public Campaign campaign() {
    Organisation.Builder org = Organisation.builder().unit(OrgUnit.root("f", "Factory"));
    units.forEach((unitId, people) -> {
      org.unit(OrgUnit.of(unitId, "Unit " + unitId, parents.getOrDefault(unitId, "f")))
          .collective(unitId);
      people.stream().map(this::changed).forEach(p -> org.individual(p.toIndividual(unitId)));
    });
    return Campaign.builder("c", "Campaign").period(period)
        .organisation(org.build())
        .criteria(
            Criterion.builder("rating", "Council rating")
                .formula("emulation:rating", FormulaParameters.builder().put("min", 0)
                    .put("max", 100).build()).build(),
            safety(SAFETY, ParticipantKind.INDIVIDUAL),
            safety(UNIT_SAFETY, ParticipantKind.COLLECTIVE))
        .memberAggregation(MemberAggregation.MEAN, BigDecimal.ONE)
        .rankPolicy(rankPolicy)
        .build();
  }

  /** The evaluation of the campaign. */
  public EvaluationResult evaluation() {
    return evaluate(campaign());
  }

  /** The award decisions under the rule set. */
  public AwardResult decide(AwardRuleSet rules) {
    Campaign campaign = campaign();
    return AwardEvaluator.of(rules).evaluate(campaign, evaluate(campaign), inputs());
  }

  /** History, registrations and initiatives. */
  public AwardInputs inputs() {
    Set<String> notRegistered = Set.copyOf(unregistered);
    return AwardInputs.none()
        .withHistory(AwardHistory.of(history))
        .withRegistrations((participantId, awardId) -> !notRegistered.contains(participantId))
        .withInitiatives(initiatives);
  }

  private EvaluationResult evaluate(Campaign campaign) {
    EvaluationData.Builder data = EvaluationData.builder();
    units.forEach((unitId, people) -> {
      people.stream().map(this::changed).forEach(p -> {
        data.add(Measurement.of(p.id(), "rating", period, BigDecimal.valueOf(p.rating())));
        if (p.failsVeto()) {
          data.add(Measurement.of(p.id(), SAFETY, period, BigDecimal.ONE));
        }
      });
      if (unitBonus.containsKey(unitId)) {
        data.add(Adjustment.bonus(unitId, period, unitBonus.get(unitId), "unit bonus"));
      }
      if (unitsFailingVeto.contains(unitId)) {
        data.add(Measurement.of(unitId, UNIT_SAFETY, period, BigDecimal.ONE));
      }
    });
    return CampaignEvaluator.of(FormulaRegistry.load()).evaluate(campaign, data.build(), period);
  }

  private Person changed(Person person) {
    return changes.getOrDefault(person.id(), p -> p).apply(person);
  }

  /** A pass-fail veto worth no points: no measurement passes, a serious incident fails. */
  private static Criterion safety(String id, ParticipantKind kind) {
    return Criterion.builder(id, "Absolute safety")
        .appliesTo(kind)
        .formula("emulation:pass-fail", FormulaParameters.builder().put("threshold", 0).build())
        .direction(Direction.LOWER_IS_BETTER)
        .veto(true)
        .whenMissing(MissingPolicy.ZERO)
        .build();
  }

  /**
   * A person of the fixture.
   *
   * @param id the individual's id
   * @param rating the council rating, which is the total
   * @param hired the hire date
   * @param discipline the most severe disciplinary measure in the period
   * @param underReview whether under disciplinary review
   * @param directProduction whether a direct production worker
   * @param failsVeto whether the person fails the safety veto
   */
  public record Person(String id, int rating, LocalDate hired, DisciplinaryLevel discipline,
      boolean underReview, boolean directProduction, boolean failsVeto) {

    /** A copy hired on the day. */
    public Person hiredOn(LocalDate day) {
      return new Person(id, rating, day, discipline, underReview, directProduction, failsVeto);
    }

    /** A copy disciplined at the level. */
    public Person disciplined(DisciplinaryLevel level) {
      return new Person(id, rating, hired, level, underReview, directProduction, failsVeto);
    }

    /** A copy under disciplinary review. */
    public Person inReview() {
      return new Person(id, rating, hired, discipline, true, directProduction, failsVeto);
    }

    /** A copy working in direct production. */
    public Person direct() {
      return new Person(id, rating, hired, discipline, underReview, true, failsVeto);
    }

    /** A copy failing the safety veto. */
    public Person failingVeto() {
      return new Person(id, rating, hired, discipline, underReview, directProduction, true);
    }

    Individual toIndividual(String unitId) {
      return Individual.of(id, "Person " + id, unitId).withHireDate(hired)
          .withDiscipline(discipline).withUnderReview(underReview)
          .withDirectProduction(directProduction);
    }
  }
}
