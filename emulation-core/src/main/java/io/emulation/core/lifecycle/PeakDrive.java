package io.emulation.core.lifecycle;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.emulation.core.InvalidDefinitionException;
import io.emulation.core.Problem;
import io.emulation.core.award.AwardResult;
import io.emulation.core.award.AwardRuleSet;
import io.emulation.core.award.PastAward;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.campaign.CampaignKind;
import io.emulation.core.text.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * A peak drive (đợt thi đua cao điểm) checked against the campaign it runs inside: a campaign of
 * kind {@link CampaignKind#PEAK_DRIVE} naming the parent, over a period inside the parent's. It
 * has its own criteria and award rules; its grants go into history as themed awards ({@link
 * #grants}), so they never count for merit titles.
 *
 * @param parent the campaign it runs inside
 * @param drive the peak drive
 * @since 0.1
 */
public record PeakDrive(Campaign parent, Campaign drive) {

  /**
   * Checks the drive against its parent.
   *
   * @throws InvalidDefinitionException listing every way it does not fit
   */
  public PeakDrive {
    requireNonNull(parent, "parent");
    requireNonNull(drive, "drive");
    List<Problem> problems = new ArrayList<>();
    if (drive.kind() != CampaignKind.PEAK_DRIVE) {
      problems.add(Problem.at("kind", LifecycleText.notAPeakDrive(drive)));
    }
    if (!drive.parentId().map(parent.id()::equals).orElse(false)) {
      problems.add(Problem.at("parentId", LifecycleText.otherParent(drive, parent)));
    }
    if (!parent.period().contains(drive.period())) {
      problems.add(Problem.at("period", LifecycleText.outsideParent(drive, parent)));
    }
    if (!problems.isEmpty()) {
      throw new InvalidDefinitionException(Message.of("lifecycle.peakDrive.what", drive.id()),
          problems);
    }
  }

  /** The drive inside its parent, checked. */
  public static PeakDrive of(Campaign parent, Campaign drive) {
    return new PeakDrive(parent, drive);
  }

  /** The drive's grants as history entries, every one {@code THEMED}. */
  public ImmutableList<PastAward> grants(AwardRuleSet rules, AwardResult awards) {
    return GrantHistory.of(drive, rules, awards);
  }
}
