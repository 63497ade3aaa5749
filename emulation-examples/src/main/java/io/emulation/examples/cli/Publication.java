package io.emulation.examples.cli;

import static java.util.Objects.requireNonNull;

import io.emulation.core.io.JsonFileResultStore;
import io.emulation.core.lifecycle.ResultDiff;
import io.emulation.core.lifecycle.ResultSnapshot;
import io.emulation.core.lifecycle.ResultStore;
import io.emulation.core.lifecycle.Revision;
import io.emulation.core.text.TextCatalog;
import io.emulation.examples.CampaignRun;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code evaluate --store} did with a run: published it as the next revision of the
 * campaign's result for the period, or found the latest revision already has these results and
 * published nothing.
 *
 * @param revision the revision published, or the latest one when nothing was
 * @param published whether {@code revision} was published by this run
 */
record Publication(Revision revision, boolean published) {

  /** Checks the parts. */
  Publication {
    requireNonNull(revision, "revision");
  }

  /**
   * Publishes the run's results into the store in {@code folder} unless its latest revision for
   * the campaign and period already has them.
   *
   * @throws io.emulation.core.EmulationException when a revision file cannot be read or written,
   *     or another publisher got there first
   */
  static Publication publish(Path folder, CampaignRun run, String author, String reason,
      Instant at) {
    ResultStore store = JsonFileResultStore.at(folder);
    ResultSnapshot snapshot = run.awards().map(a -> ResultSnapshot.of(run.result(), a))
        .orElseGet(() -> ResultSnapshot.of(run.result()));
    Optional<Revision> latest = store.latest(snapshot.campaignId(), snapshot.period());
    if (latest.isPresent() && ResultDiff.between(latest.get().snapshot(), snapshot).isEmpty()) {
      return new Publication(latest.get(), false);
    }
    int seen = latest.map(Revision::number).orElse(0);
    return new Publication(store.publish(snapshot, seen, author, reason, at), true);
  }

  /** What the run did, then for a later revision every change, one a line, in words. */
  List<String> lines(Path folder, CampaignRun run, TextCatalog.Localized text) {
    String campaign = revision.campaignId();
    String period = revision.period().toString();
    List<String> lines = new ArrayList<>();
    if (!published) {
      lines.add(text.get("cli.store.unchanged", revision.number(), campaign, period,
          folder.toString()));
      return lines;
    }
    if (revision.number() == 1) {
      lines.add(text.get("cli.store.first", 1, campaign, period, folder.toString()));
      return lines;
    }
    lines.add(text.get("cli.store.next", revision.number(), campaign, period, folder.toString(),
        revision.number() - 1));
    changes(revision.diff(), run, text).forEach(change -> lines.add("  " + change));
    return lines;
  }

  /**
   * The diff as readable lines: who joined or left, who gained or lost which award, and what
   * changed of whom; a participant whose only change is a move in the overall ranking (because
   * others' totals changed) is counted in one line rather than listed.
   */
  static List<String> changes(ResultDiff diff, CampaignRun run, TextCatalog.Localized text) {
    List<String> lines = new ArrayList<>();
    diff.added().forEach(id -> lines.add(text.get("cli.store.added", id)));
    diff.removed().forEach(id -> lines.add(text.get("cli.store.removed", id)));
    for (ResultDiff.AwardChange change : diff.awards()) {
      String name = awardName(run, change.awardId());
      lines.add(change.change() == ResultDiff.AwardChange.Change.GAINED
          ? text.get("cli.store.gained", change.participantId(), change.awardId(), name)
          : text.get("cli.store.lost", change.participantId(), change.awardId(), name));
    }
    Set<String> changed = new HashSet<>(diff.added());
    diff.awards().forEach(change -> changed.add(change.participantId()));
    diff.fields().stream().filter(change -> change.field() != ResultDiff.FieldChange.Field.RANK)
        .forEach(change -> changed.add(change.participantId()));
    int movedOnly = 0;
    for (ResultDiff.FieldChange change : diff.fields()) {
      if (!changed.contains(change.participantId())) {
        movedOnly++;
        continue;
      }
      lines.add(text.get("cli.store.field", change.participantId(), field(change.field(), text),
          change.before(), change.after()));
    }
    if (movedOnly > 0) {
      lines.add(text.get("cli.store.ranksMoved", movedOnly));
    }
    return lines;
  }

  private static String awardName(CampaignRun run, String awardId) {
    return run.rules().flatMap(rules -> rules.rule(awardId)).map(rule -> rule.award().name())
        .orElse(awardId);
  }

  private static String field(ResultDiff.FieldChange.Field field, TextCatalog.Localized text) {
    return switch (field) {
      case KIND -> text.get("cli.store.field.kind");
      case UNIT -> text.get("cli.store.field.unit");
      case TOTAL -> text.get("cli.store.field.total");
      case GRADE -> text.get("cli.store.field.grade");
      case RANK -> text.get("cli.store.field.rank");
    };
  }
}
