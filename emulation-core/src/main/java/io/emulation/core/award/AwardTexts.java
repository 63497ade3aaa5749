package io.emulation.core.award;

import io.emulation.core.org.Individual;
import io.emulation.core.ranking.RankKey;
import io.emulation.core.ranking.Standing;
import io.emulation.core.scoring.ScoreLine;
import io.emulation.core.text.Message;
import java.math.BigDecimal;
import java.util.List;

/** Pieces of text the award package's messages are built from. */
final class AwardTexts {
  private AwardTexts() {}

  /** The items joined with {@code ", "} in every language; at least one item. */
  static Message commaList(List<Message> items) {
    Message joined = items.get(0);
    for (Message next : items.subList(1, items.size())) {
      joined = Message.of("award.list.comma", joined, next);
    }
    return joined;
  }

  /** A place in a ranking: {@code "7th"}, {@code "thứ 7"}. */
  static Message ordinal(int n) {
    int lastTwo = n % 100;
    if (lastTwo >= 11 && lastTwo <= 13) {
      return Message.of("award.ordinal.th", n);
    }
    return switch (n % 10) {
      case 1 -> Message.of("award.ordinal.st", n);
      case 2 -> Message.of("award.ordinal.nd", n);
      case 3 -> Message.of("award.ordinal.rd", n);
      default -> Message.of("award.ordinal.th", n);
    };
  }

  /**
   * A rank key's value for a participant, as a reason for a tie at a quota's cut-off names it:
   * {@code "total 94.00"}, {@code "direct production"}. A key of another kind gives its own text.
   */
  static Message valueOf(RankKey key, Standing standing) {
    if (key instanceof RankKey.ByTotal) {
      return Message.of("award.tie.total", standing.scorecard().total());
    }
    if (key instanceof RankKey.ByGrade) {
      return Message.of("award.tie.grade", standing.grade().grade().code());
    }
    if (key instanceof RankKey.ByCriterionPoints byPoints) {
      return Message.of("award.tie.criterionPoints", byPoints.criterionId(),
          standing.scorecard().line(byPoints.criterionId()).map(ScoreLine::points)
              .orElse(BigDecimal.ZERO));
    }
    if (key instanceof RankKey.DirectProductionFirst) {
      return isDirect(standing) ? Message.of("award.tie.directProduction")
          : Message.of("award.tie.notDirectProduction");
    }
    return Message.literal(key.valueOf(standing));
  }

  private static boolean isDirect(Standing standing) {
    return standing.participant() instanceof Individual person
        && person.isDirectProduction();
  }
}
