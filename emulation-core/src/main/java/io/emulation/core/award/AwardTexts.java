package io.emulation.core.award;

import io.emulation.core.text.Message;
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
}
