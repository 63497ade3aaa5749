package io.emulation.core.evaluation;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.emulation.core.EmulationException;
import io.emulation.core.InvalidDataException;
import io.emulation.core.Problem;
import io.emulation.core.ScoringFailedException;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.criteria.Adjustment;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.criteria.MissingPolicy;
import io.emulation.core.evaluation.MeasurementIndex.Resolved;
import io.emulation.core.internal.Parallel;
import io.emulation.core.org.Participant;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.period.Period;
import io.emulation.core.scoring.ScoreLine;
import io.emulation.core.scoring.Scorecard;
import io.emulation.core.scoring.builtin.ExactPoints;
import io.emulation.core.text.Message;
import io.emulation.scoring.spi.Explanation;
import io.emulation.scoring.spi.InputRequirement;
import io.emulation.scoring.spi.PeerValues;
import io.emulation.scoring.spi.Points;
import io.emulation.scoring.spi.ScoringFormula;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * A campaign whose formulas are resolved and checked, ready to evaluate any number of times
 * (interim and final reviews, what-if runs). Immutable and thread-safe. It works out who it
 * evaluates (the participants in scope, numbered, with their ids in order) on its first
 * evaluation and keeps that for the next ones: evaluate one compiled campaign many times rather
 * than compiling it again.
 *
 * @since 0.1
 */
public final class CompiledCampaign {
  /**
   * Where problems with inputs already checked would go: nowhere, since there are none (adding
   * one fails).
   */
  private static final List<Problem> CHECKED = new AbstractList<>() {
    @Override
    public Problem get(int index) {
      throw new IndexOutOfBoundsException(index);
    }

    @Override
    public int size() {
      return 0;
    }

    @Override
    public boolean add(Problem problem) {
      throw new IllegalStateException("input checked before scoring has a problem: " + problem);
    }
  };

  /** The points of a participant without a value: none, as its missing line has. */
  private static final Points NO_POINTS = Points.of(BigDecimal.ZERO, Explanation.EMPTY);

  /** Fewer participants of a kind than this are scored on the calling thread alone. */
  static final int PARALLEL_FROM = 2_000;

  /** How many participants a slice of the checks takes, when they are checked in parallel. */
  private static final int SLICE = 4_096;

  private final Campaign campaign;
  private final ImmutableMap<String, CriterionFormula> formulas;
  private final FaultPolicy faultPolicy;
  /** The campaign's criteria for each kind of participant, in campaign order. */
  private final Map<ParticipantKind, List<Criterion>> criteriaByKind;
  /** Who the campaign evaluates, worked out on the first evaluation. */
  private final Supplier<Roster> roster;

  CompiledCampaign(Campaign campaign, ImmutableMap<String, CriterionFormula> formulas,
      FaultPolicy faultPolicy) {
    this.campaign = campaign;
    this.formulas = formulas;
    this.faultPolicy = faultPolicy;
    this.roster = Suppliers.memoize(() -> Roster.of(campaign));
    this.criteriaByKind = new EnumMap<>(ParticipantKind.class);
    for (ParticipantKind kind : ParticipantKind.values()) {
      criteriaByKind.put(kind, campaign.criteriaFor(kind));
    }
  }

  /** The campaign. */
  public Campaign campaign() {
    return campaign;
  }

  /** The formula resolved for a criterion. */
  public Optional<ScoringFormula> formulaOf(String criterionId) {
    return Optional.ofNullable(formulas.get(criterionId)).map(CriterionFormula::formula);
  }

  /** What evaluations of this campaign do when a formula misbehaves. */
  public FaultPolicy faultPolicy() {
    return faultPolicy;
  }

  /**
   * Evaluates one review period.
   *
   * @param period the campaign's period or one inside it
   * @throws InvalidDataException listing every measurement or adjustment that does not fit, and
   *     every value that is required but missing
   * @throws ScoringFailedException listing every formula fault, under {@link FaultPolicy#FAIL};
   *     under {@link FaultPolicy#PUBLISH_WITH_ERRORS} the faults are in the result instead
   */
  public EvaluationResult evaluate(EvaluationData data, Period period) {
    return evaluate(data, period, PARALLEL_FROM);
  }

  /** As {@link #evaluate(EvaluationData, Period)}, scoring in parallel from that many people. */
  EvaluationResult evaluate(EvaluationData data, Period period, int parallelFrom) {
    return evaluate(data, period, parallelFrom, true);
  }

  /**
   * As {@link #evaluate(EvaluationData, Period, int)}, keeping scorecards {@linkplain
   * CompactScorecards compactly} where possible, or every line as made (to compare the two).
   */
  EvaluationResult evaluate(EvaluationData data, Period period, int parallelFrom,
      boolean compact) {
    requireNonNull(data, "data");
    requireNonNull(period, "period");
    if (!campaign.period().contains(period)) {
      throw new EmulationException(Message.of("evaluation.period.outside", period.toString(),
          campaign.period().toString(), campaign.id()));
    }
    Roster roster = this.roster.get();
    Map<String, Participant> inScope = roster.inScope();
    List<Problem> dataProblems = new ArrayList<>();
    MeasurementIndex index = MeasurementIndex.of(campaign, inScope, roster.numbers(),
        roster.kinds(), data.measurements(), data.columns(), dataProblems, parallelFrom);
    MeasurementIndex.Lookup at = index.lookup(period,
        campaign.criteria().stream().anyMatch(Criterion::isYearOverYear));
    Map<String, List<Adjustment>> adjustments =
        adjustmentsIn(period, inScope, data.adjustments(), dataProblems);
    // every input is checked before anything is scored, and the peers of each criterion that
    // needs them gathered; inputs are not kept: scoring, and reading a line again later, resolve
    // them again from the index, which costs less than keeping one object per line
    // the index numbers the participants in scope in this order: a participant's number is its
    // place here, so checking and scoring do not look it up by id (only a line read again does)
    List<Participant> ordered = roster.ordered();
    Map<ParticipantKind, int[]> positions = new EnumMap<>(ParticipantKind.class);
    for (ParticipantKind kind : ParticipantKind.values()) {
      positions.put(kind, criteriaByKind.get(kind).stream()
          .mapToInt(criterion -> index.position(criterion.id())).toArray());
    }
    // participants are checked in parallel in slices, each with its own problems and peer
    // values, joined in slice order: the problems come in participant order, as one by one
    int slices = sliceCount(ordered.size(), parallelFrom);
    Checked[] checked = new Checked[slices];
    Parallel.range(slices, 2).forEach(slice -> checked[slice] = check(
        ordered, sliceStart(slice, slices, ordered.size()),
        sliceStart(slice + 1, slices, ordered.size()), at, positions));
    Map<ParticipantKind, List<List<BigDecimal>>> peerValues = peerLists();
    for (Checked slice : checked) {
      dataProblems.addAll(slice.problems());
      slice.peers().forEach((kind, lists) -> {
        for (int k = 0; k < lists.size(); k++) {
          if (lists.get(k) != null) {
            peerValues.get(kind).get(k).addAll(lists.get(k));
          }
        }
      });
    }
    if (!dataProblems.isEmpty()) {
      throw new InvalidDataException(Message.of("evaluation.what.data", campaign.id(),
          period.toString()), dataProblems);
    }
    Set<String> withErrors = new HashSet<>();
    Map<ParticipantKind, CompactScorecards> scorecards = score(roster, index, at, positions,
        peerValues, adjustments, parallelFrom, compact, withErrors);
    return EvaluationResult.assemble(campaign, period, roster, scorecards, withErrors,
        parallelFrom);
  }

  /** How many slices {@code size} participants are checked in: one below {@code parallelFrom}. */
  private static int sliceCount(int size, int parallelFrom) {
    return size < parallelFrom ? 1 : (size + SLICE - 1) / SLICE;
  }

  /** Where a slice of {@code slices} starts among {@code size} participants. */
  private static int sliceStart(int slice, int slices, int size) {
    // in longs: slice × size passes 2^31 from about three million participants
    return (int) ((long) slice * size / slices);
  }

  /** The problems with a slice of participants' inputs, and their values for peers. */
  private record Checked(List<Problem> problems,
      Map<ParticipantKind, List<List<BigDecimal>>> peers) {}

  /**
   * Checks every input of the participants from {@code from} to {@code to} (exclusive) of {@code
   * ordered}, whose places are their numbers in the index, gathering the values of each
   * criterion that needs its peers.
   */
  private Checked check(List<Participant> ordered, int from, int to,
      MeasurementIndex.Lookup at, Map<ParticipantKind, int[]> positions) {
    List<Problem> problems = new ArrayList<>();
    Map<ParticipantKind, List<List<BigDecimal>>> peerValues = peerLists();
    // a column's row of exactly the period, and last year's for a year-over-year criterion, is
    // an input without a problem when its criterion has the target its formula may need: such
    // inputs are only looked for, unless their values are gathered for peers
    Map<ParticipantKind, boolean[]> rowsSuffice = new EnumMap<>(ParticipantKind.class);
    Map<ParticipantKind, boolean[]> targetsNeeded = new EnumMap<>(ParticipantKind.class);
    for (ParticipantKind kind : ParticipantKind.values()) {
      List<Criterion> criteria = criteriaByKind.get(kind);
      boolean[] needsTarget = new boolean[criteria.size()];
      for (int k = 0; k < needsTarget.length; k++) {
        needsTarget[k] = formulas.get(criteria.get(k).id()).requires(InputRequirement.TARGET);
      }
      rowsSuffice.put(kind, rowsSuffice(criteria));
      targetsNeeded.put(kind, needsTarget);
    }
    for (int number = from; number < to; number++) {
      Participant participant = ordered.get(number);
      List<Criterion> criteria = criteriaByKind.get(participant.kind());
      List<List<BigDecimal>> peers = peerValues.get(participant.kind());
      int[] indexed = positions.get(participant.kind());
      boolean[] suffice = rowsSuffice.get(participant.kind());
      boolean[] needsTarget = targetsNeeded.get(participant.kind());
      for (int k = 0; k < criteria.size(); k++) {
        if (isPlainRow(suffice[k], at, number, indexed[k], criteria.get(k))) {
          continue;
        }
        Input input = input(at, number, participant.id(), criteria.get(k), needsTarget[k],
            indexed[k], problems);
        if (peers.get(k) != null && input.value() != null) {
          peers.get(k).add(input.value().value());
        }
      }
    }
    return new Checked(problems, peerValues);
  }

  /**
   * By criterion, whether a column's row of exactly the period (and last year's, for a
   * year-over-year criterion) is an input without a problem: when the criterion has the target
   * its formula may need, and its values are not gathered for peers.
   */
  private boolean[] rowsSuffice(List<Criterion> criteria) {
    boolean[] suffice = new boolean[criteria.size()];
    for (int k = 0; k < suffice.length; k++) {
      CriterionFormula formula = formulas.get(criteria.get(k).id());
      suffice[k] = !formula.requires(InputRequirement.PEERS)
          && (!formula.requires(InputRequirement.TARGET)
              || criteria.get(k).target().isPresent());
    }
    return suffice;
  }

  /**
   * Whether the participant's value of a criterion is an input needing no check: a column's
   * row of exactly the period, and so is last year's for a year-over-year criterion, where such
   * rows {@link #rowsSuffice suffice}.
   */
  private static boolean isPlainRow(boolean rowsSuffice, MeasurementIndex.Lookup at, int number,
      int position, Criterion criterion) {
    return rowsSuffice && at.hasRow(number, position)
        && (!criterion.isYearOverYear() || at.lastYear().hasRow(number, position));
  }

  /**
   * For each kind of participant and each of its criteria, an empty list for the values of its
   * peers, or {@code null} when its formula does not need them.
   */
  private Map<ParticipantKind, List<List<BigDecimal>>> peerLists() {
    Map<ParticipantKind, List<List<BigDecimal>>> peerValues = new EnumMap<>(ParticipantKind.class);
    for (ParticipantKind kind : ParticipantKind.values()) {
      List<List<BigDecimal>> values = new ArrayList<>();
      for (Criterion criterion : criteriaByKind.get(kind)) {
        values.add(formulas.get(criterion.id()).requires(InputRequirement.PEERS)
            ? new ArrayList<>() : null);
      }
      peerValues.put(kind, values);
    }
    return peerValues;
  }

  private Map<String, List<Adjustment>> adjustmentsIn(Period period,
      Map<String, Participant> inScope, List<Adjustment> all, List<Problem> problems) {
    Map<String, List<Adjustment>> byParticipant = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      Adjustment adjustment = all.get(i);
      String where = "adjustments[" + i + "]";
      if (campaign.organisation().participant(adjustment.participantId()).isEmpty()) {
        problems.add(Problem.at(where, Message.of("evaluation.adjustment.unknownParticipant",
            kindOf(adjustment), adjustment.reason(), adjustment.participantId())));
      } else if (!inScope.containsKey(adjustment.participantId())) {
        problems.add(Problem.at(where, Message.of("evaluation.adjustment.outsideScope",
            adjustment.participantId(), kindOf(adjustment), adjustment.reason(),
            campaign.id())));
      } else if (period.contains(adjustment.period())) {
        byParticipant.computeIfAbsent(adjustment.participantId(), k -> new ArrayList<>())
            .add(adjustment);
      }
    }
    return byParticipant;
  }

  /** The kind of an adjustment as problems name it: {@code BONUS}, {@code PENALTY} in English. */
  private static Message kindOf(Adjustment adjustment) {
    return adjustment.kind() == Adjustment.Kind.BONUS
        ? Message.of("evaluation.adjustment.bonus") : Message.of("evaluation.adjustment.penalty");
  }

  private Input input(MeasurementIndex.Lookup at, int number, String participantId,
      Criterion criterion, boolean needsTarget, int position, List<Problem> problems) {
    Period period = at.period();
    Resolved value = at.resolve(number, participantId, criterion, position, problems);
    if (value == null) {
      if (criterion.whenMissing() == MissingPolicy.ERROR) {
        problems.add(Problem.at(where(criterion, participantId), Message.of(
            "evaluation.data.missing", criterion.id(), participantId, period.toString())));
      }
      return Input.MISSING;
    }
    if (needsTarget && value.target().isEmpty()) {
      problems.add(Problem.at(where(criterion, participantId), Message.of(
          "evaluation.data.noTarget", formulas.get(criterion.id()).formula().id(), criterion.id(),
          participantId, period.toString())));
    }
    Optional<BigDecimal> baseline = Optional.empty();
    if (criterion.isYearOverYear()) {
      Period lastYear = at.lastYear().period();
      Resolved last =
          at.lastYear().resolve(number, participantId, criterion, position, problems);
      if (last == null) {
        problems.add(Problem.at(where(criterion, participantId), Message.of(
            "evaluation.data.noLastYear", criterion.id(), participantId, lastYear.toString(),
            period.toString())));
      } else {
        baseline = Optional.of(last.value());
      }
    }
    return new Input(value, baseline);
  }

  /** Where a problem with a participant's input for a criterion is. */
  private static String where(Criterion criterion, String participantId) {
    return "criteria/" + criterion.id() + "/" + participantId;
  }

  /**
   * Scores every participant, noting in {@code withErrors} those whose scorecard has errors:
   * the scorecards of each kind, by the participant's place among those of its kind.
   */
  private Map<ParticipantKind, CompactScorecards> score(Roster roster, MeasurementIndex index,
      MeasurementIndex.Lookup at, Map<ParticipantKind, int[]> positions,
      Map<ParticipantKind, List<List<BigDecimal>>> peerValues,
      Map<String, List<Adjustment>> adjustments, int parallelFrom, boolean compact,
      Set<String> withErrors) {
    Period period = at.period();
    List<Participant> ordered = roster.ordered();
    Map<ParticipantKind, CompactScorecards> tables = new EnumMap<>(ParticipantKind.class);
    // a collective's members' line reads the totals of its members in scope (individuals,
    // all scored before any collective), by place
    IntFunction<BigDecimal> totalAt =
        place -> tables.get(ParticipantKind.INDIVIDUAL).total(place);
    IntPredicate memberErrored =
        place -> tables.get(ParticipantKind.INDIVIDUAL).hasErrors(place);
    List<Scorecard> faulty = new ArrayList<>();
    ScorecardAssembler assembler = new ScorecardAssembler(campaign, period);
    for (ParticipantKind kind : ParticipantKind.values()) {
      Roster.OfKind theirs = roster.of(kind);
      int[] ofKind = new int[theirs.size()];
      Arrays.setAll(ofKind, theirs::number);
      List<Criterion> criteria = criteriaByKind.get(kind);
      int[] indexed = positions.get(kind);
      LineScorer[] scorers = new LineScorer[criteria.size()];
      PeerValues[] peers = new PeerValues[criteria.size()];
      for (int k = 0; k < scorers.length; k++) {
        Criterion criterion = criteria.get(k);
        scorers[k] = new LineScorer(criterion, formulas.get(criterion.id()), campaign.decimals());
        List<BigDecimal> values = peerValues.get(kind).set(k, null);
        // the gathered values are let go once sorted: at a million people, each criterion's
        // values are 40 MB that scoring does not need
        peers[k] = values == null ? PeerValues.none() : PeerValues.of(values);
      }
      CompactScorecards table = new CompactScorecards(criteria, campaign.totalMethod(), scorers,
          ofKind.length, period, campaign.decimals(), (participantId, k) -> line(scorers[k],
              peers[k], at, indexed[k], index.numberOf(participantId), participantId, true));
      // lines kept as columns are made again, explanation included, when read: scoring them
      // without explanations saves making text that would be thrown away at once (not for
      // collectives, whose members' line, when the campaign has one, keeps theirs as made)
      boolean quiet = scoresQuietly(compact, table, kind);
      List<String> vetoes = criteria.stream()
          .filter(Criterion::isVeto).map(Criterion::id).toList();
      // an individual's scorecard summing its points is kept from its points alone, without
      // making its lines (a collective's has its members' line too)
      boolean byPoints = keepsFromPoints(quiet, table, kind);
      boolean[] isVeto = new boolean[criteria.size()];
      for (int k = 0; k < isVeto.length; k++) {
        isVeto[k] = criteria.get(k).isVeto();
      }
      boolean[] errored = new boolean[ofKind.length];
      // each scorecard depends only on its own inputs, the peers gathered above and, for a
      // collective, its members' scorecards (all individuals come first), so participants are
      // scored in parallel, each into its own slot, as a sequential run would
      IntConsumer scoreOne = i -> {
        Participant participant = ordered.get(ofKind[i]);
        String id = participant.id();
        int number = ofKind[i];
        boolean fromPoints = byPoints && !adjustments.containsKey(id);
        if (fromPoints && table.keepPoints(i, isVeto,
            k -> pointsExactly(scorers[k], peers[k], at, indexed[k], number, id),
            k -> pointsQuietly(scorers[k], peers[k], at, indexed[k], number, id))) {
          return;
        }
        // a scorecard its points could not be kept from (an errored line, a long number) is
        // kept as made: its lines are made with their text at once
        boolean explain = !quiet || fromPoints;
        Scorecard scorecard = scorecard(participant, number, kind, scorers, peers, at, indexed,
            assembler, adjustments, vetoes, totalAt, memberErrored, explain);
        Scorecard kept = compact ? table.keep(i, scorecard) : scorecard;
        if (!explain && kept == scorecard) {
          // kept as made (an errored line, a number too long for the columns): with its text
          kept = scorecard(participant, number, kind, scorers, peers, at, indexed, assembler,
              adjustments, vetoes, totalAt, memberErrored, true);
        }
        errored[i] = kept.hasErrors();
        table.put(i, kept);
      };
      Parallel.range(ofKind.length, parallelFrom).forEach(scoreOne);
      for (int i = 0; i < ofKind.length; i++) {
        if (errored[i]) {
          String id = ordered.get(ofKind[i]).id();
          withErrors.add(id);
          if (faultPolicy == FaultPolicy.FAIL) {
            faulty.add(table.scorecard(i, id));
          }
        }
      }
      tables.put(kind, table);
    }
    if (faultPolicy == FaultPolicy.FAIL && !faulty.isEmpty()) {
      List<Problem> faults = faulty.stream().flatMap(s -> s.errors().stream())
          .map(e -> Problem.at("criteria/" + e.criterionId() + "/" + e.participantId(),
              e.message()))
          .toList();
      throw new ScoringFailedException(Message.of("evaluation.what.evaluation", campaign.id(),
          period.toString()), faults);
    }
    return tables;
  }

  /**
   * Whether a kind's lines are scored without explanation text, to be made again with it when
   * read: when its scorecards are kept as columns, and it is the individuals (a collective's
   * members' line keeps its text as made).
   */
  private static boolean scoresQuietly(boolean compact, CompactScorecards table,
      ParticipantKind kind) {
    return compact && table.derives() && kind == ParticipantKind.INDIVIDUAL;
  }

  /**
   * Whether a kind's scorecards are kept from their points alone, without making their lines:
   * an individual's, scored quietly, when every criterion contributes its points.
   */
  private static boolean keepsFromPoints(boolean quiet, CompactScorecards table,
      ParticipantKind kind) {
    return quiet && kind == ParticipantKind.INDIVIDUAL && table.sumsPoints();
  }

  /**
   * A participant's scorecard, its lines explained if {@code explain}; {@code number} is the
   * participant's in the index.
   */
  private Scorecard scorecard(Participant participant, int number, ParticipantKind kind,
      LineScorer[] scorers, PeerValues[] peers, MeasurementIndex.Lookup at, int[] indexed,
      ScorecardAssembler assembler, Map<String, List<Adjustment>> adjustments,
      List<String> vetoes, IntFunction<BigDecimal> totalAt, IntPredicate errored,
      boolean explain) {
    List<ScoreLine> lines = new ArrayList<>(scorers.length + 1);
    for (int k = 0; k < scorers.length; k++) {
      lines.add(line(scorers[k], peers[k], at, indexed[k], number, participant.id(), explain));
    }
    if (kind == ParticipantKind.COLLECTIVE) {
      Roster evaluated = roster.get();
      int[] members =
          evaluated.of(ParticipantKind.COLLECTIVE).members(evaluated.placeOf(number));
      new MemberLine(campaign).of(members, totalAt, errored).ifPresent(lines::add);
    }
    return assembler.assemble(participant.id(), lines,
        adjustments.getOrDefault(participant.id(), List.of()), vetoes);
  }

  /**
   * A participant's line for a criterion, before weighting: its input resolved again and
   * scored, explained if {@code explain}. Every input was checked before scoring, so a problem
   * now is a bug in the library.
   */
  private ScoreLine line(LineScorer scorer, PeerValues peers, MeasurementIndex.Lookup at,
      int position, int number, String participantId, boolean explain) {
    Input input = input(at, number, participantId, scorer.criterion(), scorer.requiresTarget(),
        position, CHECKED);
    return input.value() == null ? scorer.missing()
        : scorer.score(participantId, input.value(), input.baseline(), peers, explain);
  }

  /**
   * A participant's points for a criterion, rounded, as an unscaled {@code long} worked out in
   * {@code long}s: zero when the participant has no value (as a missing line has), {@link
   * ExactPoints#NONE} when the formula has no such kernel or it cannot answer for this value.
   */
  private long pointsExactly(LineScorer scorer, PeerValues peers, MeasurementIndex.Lookup at,
      int position, int number, String participantId) {
    if (!scorer.hasExactPoints()) {
      return ExactPoints.NONE;
    }
    // most values are a column's rows: read as they are, without resolving them, which gives
    // them with the criterion's target
    Criterion criterion = scorer.criterion();
    BigDecimal value = at.rowValue(number, position);
    BigDecimal lastYear = value != null && criterion.isYearOverYear()
        ? at.lastYear().rowValue(number, position) : null;
    if (value != null && (lastYear != null || !criterion.isYearOverYear())) {
      return scorer.pointsExactly(value, criterion.target(), Optional.ofNullable(lastYear),
          peers);
    }
    Input input = input(at, number, participantId, criterion, scorer.requiresTarget(),
        position, CHECKED);
    return input.value() == null ? 0 : scorer.pointsExactly(input.value().value(),
        input.value().target(), input.baseline(), peers);
  }

  /**
   * A participant's points for a criterion, before rounding, without an explanation: zero when
   * the participant has no value (as a missing line has), {@code null} when the formula fails.
   */
  private Points pointsQuietly(LineScorer scorer, PeerValues peers, MeasurementIndex.Lookup at,
      int position, int number, String participantId) {
    Input input = input(at, number, participantId, scorer.criterion(), scorer.requiresTarget(),
        position, CHECKED);
    return input.value() == null ? NO_POINTS
        : scorer.pointsQuietly(participantId, input.value(), input.baseline(), peers);
  }

  /**
   * A participant's value and baseline for one criterion, once checked.
   *
   * @param value the value, {@code null} when there is none
   * @param baseline last year's value, for a year-over-year criterion
   */
  private record Input(Resolved value, Optional<BigDecimal> baseline) {
    static final Input MISSING = new Input(null, Optional.empty());
  }

  @Override
  public String toString() {
    return "CompiledCampaign{" + campaign.id() + ", formulas " + ImmutableList.copyOf(
        formulas.values().stream().map(f -> f.formula().id()).distinct().sorted().toList())
        + "}";
  }
}
