package io.emulation.core.ranking;

import static java.util.Objects.requireNonNull;

import io.emulation.core.org.Individual;
import io.emulation.core.text.Message;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Locale;

/**
 * One key participants are ordered by, such as the total or the grade; a {@link RankPolicy} lists
 * them in order, each breaking the ties of the ones before. Implementations are immutable values;
 * the built-in keys are the records nested here. Their text is a {@link Message}, rendered in the
 * reader's language only when read.
 *
 * @since 0.1
 */
public interface RankKey {

  /** Negative when {@code a} ranks ahead of {@code b}, zero when the key cannot tell them apart. */
  int compare(Standing a, Standing b);

  /**
   * The key in words, e.g. {@code "total, highest first"}, to render in any language.
   *
   * @since 0.2
   */
  Message description();

  /**
   * The key's value for a participant, for explanations, e.g. {@code "total 87.50"}.
   *
   * @since 0.2
   */
  Message value(Standing standing);

  /** The key in English words, e.g. {@code "total, highest first"}. */
  default String describe() {
    return description().in(Locale.ENGLISH);
  }

  /**
   * The key in words in the given language.
   *
   * @since 0.2
   */
  default String describe(Locale locale) {
    return description().in(locale);
  }

  /** The key's value for a participant in English words, for explanations. */
  default String valueOf(Standing standing) {
    return value(standing).in(Locale.ENGLISH);
  }

  /** Highest total first. */
  static RankKey byTotal() {
    return new ByTotal();
  }

  /** Best grade first ("ranking by grade first and points second"). */
  static RankKey byGrade() {
    return new ByGrade();
  }

  /** Most points on one criterion first (a missing line counts as zero). */
  static RankKey byCriterionPoints(String criterionId) {
    return new ByCriterionPoints(criterionId);
  }

  /** Direct production workers ahead of others ("priority to direct production workers"). */
  static RankKey directProductionFirst() {
    return new DirectProductionFirst();
  }

  /** Participant id in ascending order: the stable key every ordering ends with. */
  static RankKey byParticipantId() {
    return new ByParticipantId();
  }

  /** Highest total first. */
  record ByTotal() implements RankKey {
    @Override
    public int compare(Standing a, Standing b) {
      return b.scorecard().total().compareTo(a.scorecard().total());
    }

    @Override
    public Message description() {
      return Message.of("rank.key.total");
    }

    @Override
    public Message value(Standing standing) {
      return Message.of("rank.value.total", standing.scorecard().total());
    }
  }

  /** Best grade first. */
  record ByGrade() implements RankKey {
    @Override
    public int compare(Standing a, Standing b) {
      return Integer.compare(a.gradePosition(), b.gradePosition());
    }

    @Override
    public Message description() {
      return Message.of("rank.key.grade");
    }

    @Override
    public Message value(Standing standing) {
      return Message.of("rank.value.grade", standing.grade().grade().code());
    }
  }

  /**
   * Most points on a criterion first.
   *
   * @param criterionId the criterion
   */
  record ByCriterionPoints(String criterionId) implements RankKey {
    /** Checks the id. */
    public ByCriterionPoints {
      requireNonNull(criterionId, "criterionId");
    }

    @Override
    public int compare(Standing a, Standing b) {
      return points(b).compareTo(points(a));
    }

    @Override
    public Message description() {
      return Message.of("rank.key.criterionPoints", criterionId);
    }

    @Override
    public Message value(Standing standing) {
      return Message.of("rank.value.criterionPoints", criterionId, points(standing));
    }

    private BigDecimal points(Standing standing) {
      return standing.scorecard().points(criterionId).orElse(BigDecimal.ZERO);
    }
  }

  /** Direct production workers first; collectives count as not direct. */
  record DirectProductionFirst() implements RankKey {
    private static final Comparator<Standing> ORDER =
        Comparator.comparing(DirectProductionFirst::isDirect).reversed();

    @Override
    public int compare(Standing a, Standing b) {
      return ORDER.compare(a, b);
    }

    @Override
    public Message description() {
      return Message.of("rank.key.directProductionFirst");
    }

    @Override
    public Message value(Standing standing) {
      return isDirect(standing) ? Message.of("rank.value.directProduction")
          : Message.of("rank.value.notDirectProduction");
    }

    private static boolean isDirect(Standing standing) {
      return standing.participant() instanceof Individual person && person.isDirectProduction();
    }
  }

  /** Participant id, ascending. */
  record ByParticipantId() implements RankKey {
    @Override
    public int compare(Standing a, Standing b) {
      return a.participantId().compareTo(b.participantId());
    }

    @Override
    public Message description() {
      return Message.of("rank.key.participantId");
    }

    @Override
    public Message value(Standing standing) {
      return Message.of("rank.value.participantId", standing.participantId());
    }
  }
}
