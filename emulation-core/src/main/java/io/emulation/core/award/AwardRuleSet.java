package io.emulation.core.award;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.emulation.core.InvalidDefinitionException;
import io.emulation.core.Problem;
import io.emulation.core.internal.Suggestions;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.text.Message;
import io.emulation.scoring.spi.Explanation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The award rules of a regulation (quy chế) with its exclusion groups, checked when built and
 * put in the order they must be decided: an award after every award its conditions or quota read,
 * and after the awards of higher precedence in its exclusion groups. A dependency cycle is
 * rejected, naming the awards in it.
 *
 * @since 0.1
 */
public final class AwardRuleSet {
  private final String name;
  private final ImmutableList<AwardRule> rules;
  private final ImmutableList<ExclusionGroup> exclusionGroups;
  private final ImmutableList<AwardRule> decisionOrder;

  private AwardRuleSet(String name, List<AwardRule> rules, List<ExclusionGroup> groups,
      List<AwardRule> decisionOrder) {
    this.name = name;
    this.rules = ImmutableList.copyOf(rules);
    this.exclusionGroups = ImmutableList.copyOf(groups);
    this.decisionOrder = ImmutableList.copyOf(decisionOrder);
  }

  /** A builder for a rule set with a name, such as "Luật Thi đua, Khen thưởng 2022". */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** The rule set's name. */
  public String name() {
    return name;
  }

  /** The rules in the order declared. */
  public ImmutableList<AwardRule> rules() {
    return rules;
  }

  /** The rules in the order they are decided. */
  public ImmutableList<AwardRule> decisionOrder() {
    return decisionOrder;
  }

  /** The exclusion groups. */
  public ImmutableList<ExclusionGroup> exclusionGroups() {
    return exclusionGroups;
  }

  /** The rule granting an award. */
  public Optional<AwardRule> rule(String awardId) {
    return rules.stream().filter(r -> r.award().id().equals(awardId)).findFirst();
  }

  /** The awards of higher precedence that exclude {@code awardId}, highest first, once each. */
  public ImmutableList<String> excludedBy(String awardId) {
    Set<String> higher = new LinkedHashSet<>();
    for (ExclusionGroup group : exclusionGroups) {
      int index = group.awardIds().indexOf(awardId);
      if (index > 0) {
        higher.addAll(group.awardIds().subList(0, index));
      }
    }
    return ImmutableList.copyOf(higher);
  }

  /**
   * The awards whose grants the decision on {@code rule} reads: those its conditions hold, the
   * award its quota counts holders of, and the awards above it in its exclusion groups.
   */
  static Set<String> needs(AwardRule rule, List<ExclusionGroup> groups) {
    Set<String> needs = new TreeSet<>(rule.eligibility().awardsRead());
    rule.quota().ofAward().ifPresent(needs::add);
    for (ExclusionGroup group : groups) {
      int index = group.awardIds().indexOf(rule.award().id());
      if (index > 0) {
        needs.addAll(group.awardIds().subList(0, index));
      }
    }
    needs.remove(rule.award().id());
    return needs;
  }

  /** A builder holding this rule set's rules and groups, to derive a changed copy. */
  public Builder toBuilder() {
    Builder builder = new Builder(name);
    builder.rules.addAll(rules);
    builder.groups.addAll(exclusionGroups);
    return builder;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AwardRuleSet that && name.equals(that.name)
        && rules.equals(that.rules) && exclusionGroups.equals(that.exclusionGroups);
  }

  @Override
  public int hashCode() {
    return rules.hashCode();
  }

  @Override
  public String toString() {
    return "AwardRuleSet{" + name + ", " + decisionOrder.stream().map(r -> r.award().id())
        .toList() + "}";
  }

  /**
   * Collects rules and exclusion groups; {@link #build()} checks them all.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final String name;
    private final List<AwardRule> rules = new ArrayList<>();
    private final List<ExclusionGroup> groups = new ArrayList<>();

    private Builder(String name) {
      this.name = requireNonNull(name, "name");
    }

    /** Adds rules in order. */
    public Builder rules(AwardRule... values) {
      Arrays.stream(values).forEach(r -> rules.add(requireNonNull(r, "rule")));
      return this;
    }

    /** Replaces the rule for the same award, keeping its place ("what if"). */
    public Builder replaceRule(AwardRule rule) {
      for (int i = 0; i < rules.size(); i++) {
        if (rules.get(i).award().id().equals(rule.award().id())) {
          rules.set(i, rule);
          return this;
        }
      }
      throw new IllegalArgumentException("rule set '" + name + "' has no rule for award '"
          + rule.award().id() + "'");
    }

    /** Adds an exclusion group. */
    public Builder exclusionGroup(ExclusionGroup group) {
      groups.add(requireNonNull(group, "group"));
      return this;
    }

    /** Every problem so far; empty when {@link #build()} will succeed. */
    public List<Problem> problems() {
      List<Problem> problems = new ArrayList<>();
      Map<String, AwardRule> byId = new LinkedHashMap<>();
      for (AwardRule rule : rules) {
        if (byId.putIfAbsent(rule.award().id(), rule) != null) {
          problems.add(Problem.at("awards/" + rule.award().id(),
              Message.of("award.problem.twoRules", rule.award().id())));
        }
      }
      for (AwardRule rule : rules) {
        String where = "awards/" + rule.award().id();
        for (String read : rule.eligibility().awardsRead()) {
          if (!byId.containsKey(read)) {
            problems.add(Problem.at(where + "/conditions", Message.of(
                "award.problem.conditionOnUngranted", rule.award().id(), read,
                Suggestions.suggestion(read, byId.keySet()))));
          }
        }
        rule.quota().ofAward().filter(a -> !byId.containsKey(a)).ifPresent(a -> problems.add(
            Problem.at(where + "/quota", Message.of("award.problem.quotaOfUngranted",
                rule.award().id(), a, Suggestions.suggestion(a, byId.keySet())))));
        rule.quota().ofAward().map(byId::get)
            .filter(other -> other.award().recipient() != rule.award().recipient())
            .ifPresent(other -> problems.add(Problem.at(where + "/quota", Message.of(
                "award.problem.quotaOfOtherKind", rule.award().recipient(), rule.award().id(),
                other.award().recipient(), other.award().id()))));
        checkKinds(rule, rule.eligibility(), where + "/conditions", problems);
      }
      for (ExclusionGroup group : groups) {
        group.awardIds().stream().filter(a -> !byId.containsKey(a)).forEach(a -> problems.add(
            Problem.at("exclusionGroups/" + group.id(), Message.of(
                "award.problem.exclusionOfUngranted", group.id(), a,
                Suggestions.suggestion(a, byId.keySet())))));
      }
      if (problems.isEmpty()) {
        order(byId, problems);
      }
      return problems;
    }

    /**
     * The rule set.
     *
     * @throws InvalidDefinitionException listing every problem, cycles included
     */
    public AwardRuleSet build() {
      List<Problem> problems = problems();
      if (!problems.isEmpty()) {
        throw new InvalidDefinitionException(Message.of("award.what.ruleSet", name), problems);
      }
      Map<String, AwardRule> byId = new LinkedHashMap<>();
      rules.forEach(r -> byId.put(r.award().id(), r));
      return new AwardRuleSet(name, rules, groups, order(byId, new ArrayList<>()));
    }

    private static void checkKinds(AwardRule rule, Condition condition, String where,
        List<Problem> problems) {
      ParticipantKind recipient = rule.award().recipient();
      condition.onlyFor().filter(kind -> kind != recipient).ifPresent(kind -> problems.add(
          Problem.at(where, Message.of("award.problem.conditionForOtherKind", rule.award().id(),
              recipient, (Explanation) condition::describe, kind))));
      condition.children().forEach(child -> checkKinds(rule, child, where, problems));
    }

    /** The awards an award must wait for. */
    private Map<String, Set<String>> dependencies(Map<String, AwardRule> byId) {
      Map<String, Set<String>> after = new LinkedHashMap<>();
      for (AwardRule rule : byId.values()) {
        after.put(rule.award().id(), needs(rule, groups));
      }
      return after;
    }

    /** Kahn's algorithm, taking ready rules in declared order; adds a problem naming a cycle. */
    private List<AwardRule> order(Map<String, AwardRule> byId, List<Problem> problems) {
      Map<String, Set<String>> needs = dependencies(byId);
      for (AwardRule rule : byId.values()) {
        if (rule.eligibility().awardsRead().contains(rule.award().id())
            || rule.quota().ofAward().filter(rule.award().id()::equals).isPresent()) {
          problems.add(Problem.at("awards/" + rule.award().id(),
              Message.of("award.problem.dependsOnItself", rule.award().id())));
        }
      }
      List<AwardRule> ordered = new ArrayList<>();
      Set<String> done = new LinkedHashSet<>();
      boolean progress = true;
      while (progress && done.size() < byId.size()) {
        progress = false;
        for (AwardRule rule : byId.values()) {
          String id = rule.award().id();
          if (!done.contains(id) && done.containsAll(needs.get(id))) {
            done.add(id);
            ordered.add(rule);
            progress = true;
            break;
          }
        }
      }
      if (done.size() < byId.size()) {
        List<String> cycle = findCycle(needs, done);
        problems.add(Problem.at("awards/" + cycle.get(0),
            Message.of("award.problem.cycle", String.join(" -> ", cycle))));
      }
      return ordered;
    }

    /**
     * A cycle among the unordered awards. Each of them waits for another unordered one (else
     * Kahn's algorithm would have taken it), so following the first such wait from the first of
     * them must come back to an award already on the path.
     */
    private static List<String> findCycle(Map<String, Set<String>> needs, Set<String> done) {
      List<String> path = new ArrayList<>();
      String award = firstNotIn(done, needs.keySet());
      while (!path.contains(award)) {
        path.add(award);
        award = firstNotIn(done, needs.get(award));
      }
      List<String> cycle = new ArrayList<>(path.subList(path.indexOf(award), path.size()));
      cycle.add(award);
      return cycle;
    }

    private static String firstNotIn(Set<String> done, Set<String> awards) {
      return awards.stream().filter(a -> !done.contains(a)).findFirst().orElseThrow();
    }
  }
}
