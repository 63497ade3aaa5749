package io.emulation.core.lifecycle;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.emulation.core.text.Message;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What changed between two snapshots of the same campaign and period, machine-readable: who
 * joined or left the result, who gained or lost which award, and which totals, grades, ranks,
 * units or kinds changed from what to what. Every list is sorted by participant id (then award
 * id, or field), so equal snapshots give equal diffs.
 *
 * @param added participants in the newer snapshot only
 * @param removed participants in the older snapshot only
 * @param awards awards gained or lost, including those of added and removed participants
 * @param fields values changed for participants in both snapshots
 * @since 0.1
 */
public record ResultDiff(ImmutableList<String> added, ImmutableList<String> removed,
    ImmutableList<AwardChange> awards, ImmutableList<FieldChange> fields) {
  private static final ResultDiff NONE = new ResultDiff(ImmutableList.of(), ImmutableList.of(),
      ImmutableList.of(), ImmutableList.of());

  /** Checks the parts. */
  public ResultDiff {
    requireNonNull(added, "added");
    requireNonNull(removed, "removed");
    requireNonNull(awards, "awards");
    requireNonNull(fields, "fields");
  }

  /** No change (the diff of a first revision). */
  public static ResultDiff none() {
    return NONE;
  }

  /**
   * What changed from {@code before} to {@code after}. Totals compare by value, so {@code 90}
   * and {@code 90.00} are equal.
   *
   * @throws IllegalArgumentException when the snapshots are of different campaigns or periods
   */
  public static ResultDiff between(ResultSnapshot before, ResultSnapshot after) {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    checkArgument(before.campaignId().equals(after.campaignId())
            && before.period().equals(after.period()),
        "cannot diff campaign '%s' for %s against campaign '%s' for %s", before.campaignId(),
        before.period(), after.campaignId(), after.period());
    Map<String, ParticipantSnapshot> old = index(before);
    Map<String, ParticipantSnapshot> now = index(after);
    Set<String> ids = new TreeSet<>(old.keySet());
    ids.addAll(now.keySet());
    List<String> added = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    List<AwardChange> awards = new ArrayList<>();
    List<FieldChange> fields = new ArrayList<>();
    for (String id : ids) {
      ParticipantSnapshot a = old.get(id);
      ParticipantSnapshot b = now.get(id);
      if (a == null) {
        added.add(id);
      } else if (b == null) {
        removed.add(id);
      } else {
        compare(a, b, fields);
      }
      Set<String> held = new TreeSet<>(a == null ? List.of() : a.awards());
      Set<String> holds = new TreeSet<>(b == null ? List.of() : b.awards());
      Set<String> all = new TreeSet<>(held);
      all.addAll(holds);
      for (String award : all) {
        if (!held.contains(award)) {
          awards.add(new AwardChange(id, award, AwardChange.Change.GAINED));
        } else if (!holds.contains(award)) {
          awards.add(new AwardChange(id, award, AwardChange.Change.LOST));
        }
      }
    }
    return new ResultDiff(ImmutableList.copyOf(added), ImmutableList.copyOf(removed),
        ImmutableList.copyOf(awards), ImmutableList.copyOf(fields));
  }

  private static Map<String, ParticipantSnapshot> index(ResultSnapshot snapshot) {
    Map<String, ParticipantSnapshot> index = new LinkedHashMap<>();
    snapshot.participants().forEach(p -> index.put(p.participantId(), p));
    return index;
  }

  private static void compare(ParticipantSnapshot a, ParticipantSnapshot b,
      List<FieldChange> fields) {
    field(a, b, FieldChange.Field.KIND, p -> p.kind().name(), fields);
    field(a, b, FieldChange.Field.UNIT, ParticipantSnapshot::unitId, fields);
    if (a.total().compareTo(b.total()) != 0) {
      fields.add(new FieldChange(a.participantId(), FieldChange.Field.TOTAL,
          a.total().toPlainString(), b.total().toPlainString()));
    }
    field(a, b, FieldChange.Field.GRADE, ParticipantSnapshot::gradeCode, fields);
    field(a, b, FieldChange.Field.RANK, p -> Integer.toString(p.rank()), fields);
  }

  private static void field(ParticipantSnapshot a, ParticipantSnapshot b,
      FieldChange.Field field, Function<ParticipantSnapshot, String> value,
      List<FieldChange> fields) {
    String before = value.apply(a);
    String after = value.apply(b);
    if (!before.equals(after)) {
      fields.add(new FieldChange(a.participantId(), field, before, after));
    }
  }

  /** Whether nothing changed. */
  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && awards.isEmpty() && fields.isEmpty();
  }

  /** Who gained the award, by participant id. */
  public ImmutableList<String> gained(String awardId) {
    return whose(awardId, AwardChange.Change.GAINED);
  }

  /** Who lost the award, by participant id. */
  public ImmutableList<String> lost(String awardId) {
    return whose(awardId, AwardChange.Change.LOST);
  }

  private ImmutableList<String> whose(String awardId, AwardChange.Change change) {
    requireNonNull(awardId, "awardId");
    return awards.stream().filter(a -> a.awardId().equals(awardId) && a.change() == change)
        .map(AwardChange::participantId).collect(ImmutableList.toImmutableList());
  }

  /** The changed values of one participant, in field order. */
  public ImmutableList<FieldChange> fieldsOf(String participantId) {
    requireNonNull(participantId, "participantId");
    return fields.stream().filter(f -> f.participantId().equals(participantId))
        .sorted(Comparator.comparing(FieldChange::field))
        .collect(ImmutableList.toImmutableList());
  }

  /** The diff in English words, one change a line; {@code "no change"} when empty. */
  public String describe() {
    return describe(Locale.ENGLISH);
  }

  /**
   * The diff in words in the given language, one change a line joined by {@code \n}: {@code "m01
   * lost lao-dong-tien-tien"}, in Vietnamese {@code "m01 không còn được trao
   * lao-dong-tien-tien"}.
   */
  public String describe(Locale locale) {
    requireNonNull(locale, "locale");
    return String.join("\n", description().stream().map(line -> line.in(locale)).toList());
  }

  /** The diff as messages, one a change; the one message "no change" when empty. */
  public ImmutableList<Message> description() {
    return LifecycleText.diff(this);
  }

  /**
   * An award a participant gained or lost.
   *
   * @param participantId who
   * @param awardId which award
   * @param change gained or lost
   * @since 0.1
   */
  public record AwardChange(String participantId, String awardId, Change change) {

    /** Checks the parts. */
    public AwardChange {
      requireNonNull(participantId, "participantId");
      requireNonNull(awardId, "awardId");
      requireNonNull(change, "change");
    }

    /**
     * Which way an award changed.
     *
     * @since 0.1
     */
    public enum Change {
      /** Held now, not before. */
      GAINED,
      /** Held before, not now. */
      LOST
    }
  }

  /**
   * A value of a participant that changed, as text: a total in plain notation ({@code "87.50"}),
   * a grade code, a rank number, a unit id or a kind name.
   *
   * @param participantId whose value
   * @param field which value
   * @param before the old value
   * @param after the new value
   * @since 0.1
   */
  public record FieldChange(String participantId, Field field, String before, String after) {

    /** Checks the parts. */
    public FieldChange {
      requireNonNull(participantId, "participantId");
      requireNonNull(field, "field");
      requireNonNull(before, "before");
      requireNonNull(after, "after");
    }

    /**
     * The values of a snapshot entry that a diff compares.
     *
     * @since 0.1
     */
    public enum Field {
      /** Individual or collective. */
      KIND,
      /** The unit ranked in. */
      UNIT,
      /** The total points. */
      TOTAL,
      /** The grade code. */
      GRADE,
      /** The overall rank. */
      RANK
    }
  }
}
