package io.emulation.core.io;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.emulation.core.award.AwardRuleSet;
import io.emulation.core.campaign.Campaign;
import java.util.Optional;

/**
 * What a definition document holds: a campaign, award rules, or both.
 *
 * @param campaign the campaign, when the document has one
 * @param awards the award rules, when the document has them
 * @since 0.1
 */
public record Definition(Optional<Campaign> campaign, Optional<AwardRuleSet> awards) {

  /** The format version this library reads and writes. */
  public static final int FORMAT_VERSION = 1;

  /** Checks that there is something. */
  public Definition {
    requireNonNull(campaign, "campaign");
    requireNonNull(awards, "awards");
    checkArgument(campaign.isPresent() || awards.isPresent(),
        "a definition holds a campaign, award rules, or both");
  }

  /** A campaign with award rules. */
  public static Definition of(Campaign campaign, AwardRuleSet awards) {
    return new Definition(Optional.of(campaign), Optional.of(awards));
  }

  /** A campaign without award rules. */
  public static Definition of(Campaign campaign) {
    return new Definition(Optional.of(campaign), Optional.empty());
  }

  /** Award rules alone, such as a preset pack. */
  public static Definition of(AwardRuleSet awards) {
    return new Definition(Optional.empty(), Optional.of(awards));
  }

  /** The campaign; throws when the document has none. */
  public Campaign requireCampaign() {
    return campaign.orElseThrow(() -> new IllegalStateException("the definition has no campaign"));
  }
}
