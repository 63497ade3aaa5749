package io.emulation.core.award;

import static io.emulation.core.preset.Presets.CSTDCS;
import static io.emulation.core.preset.Presets.LDTT;
import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.award.RandomAwardCampaigns.Decided;
import io.emulation.core.preset.Presets;
import io.emulation.core.evaluation.ParticipantResult;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.text.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of the award engine over seeded random factories, decided with the 2022 pack as
 * shipped and with random quotas; a failure names its seed.
 */
class AwardPropertiesTest {
  private static final AwardRuleSet LAW_2022 = Presets.law2022();

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 20);
  }

  /** The 2022 pack as shipped, and with random quotas drawn from the seed. */
  private static List<AwardRuleSet> ruleSets(long seed) {
    return List.of(LAW_2022, RandomAwardCampaigns.law2022WithRandomQuotas(LAW_2022,
        new SplittableRandom(seed * 7919)));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void quotaIsNeverExceeded(long seed) {
    RandomAwardCampaigns factory = RandomAwardCampaigns.generate(seed);
    for (AwardRuleSet rules : ruleSets(seed)) {
      Decided decided = factory.decide(rules);
      for (AwardRule rule : rules.rules()) {
        if (rule.quota().isLimited()) {
          checkQuota(seed, rule, decided);
        }
      }
    }
  }

  /** Per quota group: recipients <= the places the quota gives for that group's numbers. */
  private static void checkQuota(long seed, AwardRule rule, Decided decided) {
    Quota quota = rule.quota();
    List<ParticipantResult> ofKind = rule.award().recipient() == ParticipantKind.INDIVIDUAL
        ? decided.evaluation().individuals() : decided.evaluation().collectives();
    Map<String, List<ParticipantResult>> groups = new LinkedHashMap<>();
    for (ParticipantResult result : ofKind) {
      groups.computeIfAbsent(quota.per() == Quota.Per.UNIT
          ? result.participant().rankingUnitId() : "", k -> new ArrayList<>()).add(result);
    }
    AwardResult awards = decided.awards();
    Set<String> holders = quota.ofAward().map(a -> Set.copyOf(awards.recipients(a)))
        .orElse(Set.of());
    groups.forEach((unit, group) -> {
      List<AwardDecision> decisions = group.stream()
          .map(r -> awards.decision(r.participantId(), rule.award().id()).orElseThrow())
          .toList();
      int eligible = (int) decisions.stream()
          .filter(d -> d.reasons().stream()
              .anyMatch(reason -> reason.toString().startsWith("ranked ")))
          .count();
      int granted = (int) decisions.stream().filter(AwardDecision::granted).count();
      int holding = (int) group.stream().filter(r -> holders.contains(r.participantId()))
          .count();
      int places = quota.places(eligible, group.size(), holding);
      assertThat(granted)
          .as("seed %d, %s, unit '%s': %d eligible, %d in the group, %d holders", seed,
              rule.describe(), unit, eligible, group.size(), holding)
          .isLessThanOrEqualTo(places)
          .isLessThanOrEqualTo(eligible);
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void resultsDoNotDependOnInputOrder(long seed) {
    RandomAwardCampaigns factory = RandomAwardCampaigns.generate(seed);
    for (AwardRuleSet rules : ruleSets(seed)) {
      AwardResult expected = factory.decide(rules).awards();
      for (long shuffle = 1; shuffle <= 2; shuffle++) {
        AwardResult shuffled = factory.shuffled(seed * 31 + shuffle).decide(rules).awards();
        assertThat(shuffled.decisions()).as("seed %d, shuffle %d, %s", seed, shuffle,
            rules.name()).containsExactlyElementsOf(expected.decisions());
        assertThat(shuffled).as("seed %d, shuffle %d", seed, shuffle).isEqualTo(expected);
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void raisingAScoreNeverTakesAnAwardAway(long seed) {
    SplittableRandom random = new SplittableRandom(seed * 104_729);
    AwardRule advanced = LAW_2022.rule(LDTT).orElseThrow();
    AwardRule fighter = LAW_2022.rule(CSTDCS).orElseThrow();
    AwardRuleSet rules = AwardRuleSet.builder("monotone")
        .rules(advanced.withQuota(RandomAwardCampaigns.randomQuota(random, List.of())),
            fighter.withQuota(RandomAwardCampaigns.randomQuota(random, List.of(LDTT))))
        .build();
    RandomAwardCampaigns factory = RandomAwardCampaigns.generate(seed);
    AwardResult before = factory.decide(rules).awards();
    List<Map.Entry<String, Integer>> people = List.copyOf(factory.scores().entrySet());
    List<Map.Entry<String, Integer>> awarded = people.stream()
        .filter(p -> !before.awardsOf(p.getKey()).isEmpty()).toList();
    for (int attempt = 0; attempt < 4; attempt++) {
      // half the raises go to someone with an award to lose, when there is anyone
      List<Map.Entry<String, Integer>> pool = attempt % 2 == 0 && !awarded.isEmpty()
          ? awarded : people;
      Map.Entry<String, Integer> person = pool.get(random.nextInt(pool.size()));
      if (person.getValue() == 100) {
        continue;
      }
      int raised = person.getValue() + 1 + random.nextInt(100 - person.getValue());
      AwardResult after = factory.withScore(person.getKey(), raised).decide(rules).awards();
      assertThat(after.awardsOf(person.getKey()))
          .as("seed %d: %s raised from %d to %d under %s", seed, person.getKey(),
              person.getValue(), raised, rules.rules().stream().map(AwardRule::describe)
                  .collect(Collectors.joining(" | ")))
          .containsAll(before.awardsOf(person.getKey()));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyDenialHasAReason(long seed) {
    RandomAwardCampaigns factory = RandomAwardCampaigns.generate(seed);
    for (AwardRuleSet rules : ruleSets(seed)) {
      for (AwardDecision decision : factory.decide(rules).awards().decisions()) {
        if (!decision.granted()) {
          assertThat(decision.reasons()).map(Message::toString)
              .as("seed %d, %s for %s", seed, decision.awardId(), decision.participantId())
              .isNotEmpty()
              .allSatisfy(reason -> assertThat(reason).isNotBlank());
        }
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void decisionsReadOneByOneEqualTheDecisionsReadTogether(long seed) {
    RandomAwardCampaigns factory = RandomAwardCampaigns.generate(seed);
    for (AwardRuleSet rules : ruleSets(seed)) {
      Decided decided = factory.decide(rules);
      AwardResult awards = decided.awards();
      List<AwardDecision> oneByOne = new ArrayList<>();
      for (AwardRule rule : rules.decisionOrder()) {
        List<ParticipantResult> ofKind = rule.award().recipient() == ParticipantKind.INDIVIDUAL
            ? decided.evaluation().individuals() : decided.evaluation().collectives();
        ofKind.forEach(r -> oneByOne.add(
            awards.decision(r.participantId(), rule.award().id()).orElseThrow()));
      }

      assertThat(oneByOne).as("seed %d", seed).isEqualTo(awards.decisions());
      for (AwardRule rule : rules.rules()) {
        String id = rule.award().id();
        assertThat(awards.recipients(id)).as("seed %d, %s", seed, id)
            .isEqualTo(awards.decisions(id).stream().filter(AwardDecision::granted)
                .map(AwardDecision::participantId).toList());
      }
    }
  }
}
