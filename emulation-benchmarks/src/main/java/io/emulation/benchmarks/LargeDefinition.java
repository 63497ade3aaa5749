package io.emulation.benchmarks;

import io.emulation.core.award.Award;
import io.emulation.core.award.AwardRule;
import io.emulation.core.award.AwardRuleSet;
import io.emulation.core.io.Definition;
import io.emulation.core.io.DefinitionWriter;
import io.emulation.core.preset.Presets;
import java.util.ArrayList;
import java.util.List;

/**
 * A large definition file for the parsing benchmark: a campaign with {@code criteria} criteria
 * (the synthetic campaign's formulas, cycling) over a small organisation, and the law-2022 award
 * pack plus {@code extraAwards} further titles with LĐTT's conditions, written as YAML by the
 * library's own {@link DefinitionWriter}.
 */
public final class LargeDefinition {
  private LargeDefinition() {}

  /** The YAML text. */
  public static String yaml(int criteria, int extraAwards) {
    SyntheticCampaign campaign = SyntheticCampaign.of(20, 2, criteria, 7);
    AwardRuleSet law = Presets.law2022();
    AwardRule template = law.rule(Presets.LDTT).orElseThrow();
    List<AwardRule> extra = new ArrayList<>();
    for (int i = 0; i < extraAwards; i++) {
      Award a = template.award();
      extra.add(AwardRule.of(Award.of(String.format("title-%05d", i), "Title " + i, a.kind(),
          a.recipient(), a.level()), template.eligibility()));
    }
    AwardRuleSet awards = law.toBuilder().rules(extra.toArray(AwardRule[]::new)).build();
    return DefinitionWriter.yaml().write(Definition.of(campaign.campaign(), awards));
  }
}
