package io.emulation.examples;

import io.emulation.core.award.AwardDecision;
import io.emulation.core.award.AwardEvaluator;
import io.emulation.core.award.AwardResult;
import io.emulation.core.award.AwardRule;
import io.emulation.core.award.AwardRuleSet;
import io.emulation.core.award.Quota;
import io.emulation.core.preset.Presets;
import io.emulation.examples.seed.SeedCampaign;
import io.emulation.examples.seed.SeedCampaignGenerator;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "What if": decides the seed campaign's awards again with one rule changed, the army's cap on
 * Chiến sĩ tiên tiến lowered from 40% to 15% of the headcount, and prints whose awards change.
 * The evaluation is not repeated; only the award rules differ, so every change is the quota's
 * doing, including the units that lose Đơn vị tiên tiến because fewer of their people now hold
 * Chiến sĩ tiên tiến.
 *
 * @since 0.1
 */
public final class WhatIfExample {
  /** The lowered cap, percent of the headcount. */
  public static final BigDecimal LOWER_CAP = new BigDecimal("15");

  private WhatIfExample() {}

  /**
   * An award that one result grants and the other does not.
   *
   * @param participantId who
   * @param awardId which award
   * @param grantedBefore whether the first result granted it (then the second does not)
   * @since 0.1
   */
  public record Change(String participantId, String awardId, boolean grantedBefore) {}

  /** Runs the seed campaign in the folder given as the only argument, or the repository's. */
  public static void main(String[] args) {
    Path folder = args.length > 0 ? Path.of(args[0]) : SeedCampaignGenerator.defaultFolder();
    print(SeedCampaign.run(folder), new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /** The run's rules with the Chiến sĩ tiên tiến cap lowered to {@link #LOWER_CAP}. */
  public static AwardRuleSet lowerCap(AwardRuleSet rules) {
    AwardRule cstt = rules.rule(Presets.CSTT).orElseThrow();
    return rules.toBuilder().replaceRule(cstt.withQuota(Quota.percentOfHeadcount(LOWER_CAP)))
        .build();
  }

  /** Every award granted by exactly one of the two results, in the first's decision order. */
  public static List<Change> changes(AwardResult before, AwardResult after) {
    List<Change> changes = new ArrayList<>();
    for (AwardDecision decision : before.decisions()) {
      boolean now = after.decision(decision.participantId(), decision.awardId())
          .map(AwardDecision::granted).orElse(false);
      if (decision.granted() != now) {
        changes.add(new Change(decision.participantId(), decision.awardId(), decision.granted()));
      }
    }
    return List.copyOf(changes);
  }

  /** Decides the awards under the lowered cap and prints the changes, award by award. */
  public static void print(CampaignRun run, PrintStream out) {
    AwardResult before = run.awards().orElseThrow();
    AwardResult after = AwardEvaluator.of(lowerCap(run.rules().orElseThrow()))
        .evaluate(run.campaign(), run.result(), run.inputs());
    out.printf("What if %s were capped at %s%% of the headcount instead of 40%%?%n",
        Presets.CSTT, LOWER_CAP);
    Map<String, List<String>> lost = new LinkedHashMap<>();
    Map<String, List<String>> gained = new LinkedHashMap<>();
    for (Change change : changes(before, after)) {
      (change.grantedBefore() ? lost : gained)
          .computeIfAbsent(change.awardId(), k -> new ArrayList<>()).add(change.participantId());
    }
    lost.forEach((award, ids) -> out.printf("  %s: %d lose it: %s%n", award, ids.size(),
        String.join(", ", ids)));
    gained.forEach((award, ids) -> out.printf("  %s: %d gain it: %s%n", award, ids.size(),
        String.join(", ", ids)));
    out.println("Before: " + before.summary().describe());
    out.println("After:  " + after.summary().describe());
  }
}
