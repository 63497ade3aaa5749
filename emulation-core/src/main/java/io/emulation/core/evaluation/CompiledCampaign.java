package io.emulation.core.evaluation;

import static java.util.Objects.requireNonNull;

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
import io.emulation.core.org.Participant;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.period.Period;
import io.emulation.core.scoring.ScoreLine;
import io.emulation.core.scoring.Scorecard;
import io.emulation.core.text.Message;
import io.emulation.scoring.spi.InputRequirement;
import io.emulation.scoring.spi.PeerValues;
import io.emulation.scoring.spi.ScoringFormula;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A campaign whose formulas are resolved and checked, ready to evaluate any number of times
 * (interim and final reviews, what-if runs). Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CompiledCampaign {
  /** Fewer participants of a kind than this are scored on the calling thread alone. */
  static final int PARALLEL_FROM = 2_000;

  private final Campaign campaign;
  private final ImmutableMap<String, CriterionFormula> formulas;
  private final FaultPolicy faultPolicy;

  CompiledCampaign(Campaign campaign, ImmutableMap<String, CriterionFormula> formulas,
      FaultPolicy faultPolicy) {
    this.campaign = campaign;
    this.formulas = formulas;
    this.faultPolicy = faultPolicy;
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
    requireNonNull(data, "data");
    requireNonNull(period, "period");
    if (!campaign.period().contains(period)) {
      throw new EmulationException(Message.of("evaluation.period.outside", period.toString(),
          campaign.period().toString(), campaign.id()));
    }
    Map<String, Participant> inScope = participantsInScope();
    List<Problem> dataProblems = new ArrayList<>();
    MeasurementIndex index =
        MeasurementIndex.of(campaign, inScope, data.measurements(), dataProblems);
    Map<String, List<Adjustment>> adjustments =
        adjustmentsIn(period, inScope, data.adjustments(), dataProblems);
    Map<String, Map<String, Input>> inputs = new HashMap<>();
    for (Participant participant : inScope.values()) {
      Map<String, Input> ofParticipant = new LinkedHashMap<>();
      for (Criterion criterion : campaign.criteriaFor(participant.kind())) {
        ofParticipant.put(criterion.id(),
            input(index, participant.id(), criterion, period, dataProblems));
      }
      inputs.put(participant.id(), ofParticipant);
    }
    if (!dataProblems.isEmpty()) {
      throw new InvalidDataException(Message.of("evaluation.what.data", campaign.id(),
          period.toString()), dataProblems);
    }
    Map<String, Scorecard> scorecards =
        score(inScope, inputs, adjustments, period, parallelFrom);
    return EvaluationResult.assemble(campaign, period, inScope, scorecards);
  }

  private Map<String, Participant> participantsInScope() {
    Map<String, Participant> inScope = new LinkedHashMap<>();
    Stream.concat(campaign.organisation().individuals().stream(),
            campaign.organisation().collectives().stream())
        .filter(p -> campaign.scope().includes(p, campaign.organisation()))
        .forEach(p -> inScope.put(p.id(), p));
    return inScope;
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

  private Input input(MeasurementIndex index, String participantId, Criterion criterion,
      Period period, List<Problem> problems) {
    String where = "criteria/" + criterion.id() + "/" + participantId;
    Optional<Resolved> value = index.resolve(participantId, criterion, period, problems);
    if (value.isEmpty()) {
      if (criterion.whenMissing() == MissingPolicy.ERROR) {
        problems.add(Problem.at(where, Message.of("evaluation.data.missing", criterion.id(),
            participantId, period.toString())));
      }
      return new Input(Optional.empty(), Optional.empty());
    }
    CriterionFormula formula = formulas.get(criterion.id());
    if (formula.requires(InputRequirement.TARGET) && value.get().target().isEmpty()) {
      problems.add(Problem.at(where, Message.of("evaluation.data.noTarget",
          formula.formula().id(), criterion.id(), participantId, period.toString())));
    }
    Optional<BigDecimal> baseline = Optional.empty();
    if (criterion.isYearOverYear()) {
      Period lastYear = period.minusYears(1);
      baseline = index.resolve(participantId, criterion, lastYear, problems)
          .map(Resolved::value);
      if (baseline.isEmpty()) {
        problems.add(Problem.at(where, Message.of("evaluation.data.noLastYear", criterion.id(),
            participantId, lastYear.toString(), period.toString())));
      }
    }
    return new Input(value, baseline);
  }

  private Map<String, Scorecard> score(Map<String, Participant> inScope,
      Map<String, Map<String, Input>> inputs, Map<String, List<Adjustment>> adjustments,
      Period period, int parallelFrom) {
    ScorecardAssembler assembler = new ScorecardAssembler(campaign, period);
    Map<String, Scorecard> scorecards = new HashMap<>();
    for (ParticipantKind kind : ParticipantKind.values()) {
      List<Participant> participants =
          inScope.values().stream().filter(p -> p.kind() == kind).toList();
      List<LineScorer> scorers = campaign.criteriaFor(kind).stream()
          .map(c -> new LineScorer(c, formulas.get(c.id()), campaign.decimals())).toList();
      Map<String, PeerValues> peers = peersOf(scorers, participants, inputs);
      List<String> vetoes = scorers.stream().map(LineScorer::criterion)
          .filter(Criterion::isVeto).map(Criterion::id).toList();
      // each scorecard depends only on its own inputs, the peers computed above and, for a
      // collective, its members' scorecards (all individuals come first), so participants are
      // scored in parallel and put in the map in participant order, as a sequential run would
      Function<Participant, Scorecard> scoreOne = participant -> {
        List<ScoreLine> lines = new ArrayList<>(scorers.size() + 1);
        Map<String, Input> own = inputs.get(participant.id());
        for (LineScorer scorer : scorers) {
          Input input = own.get(scorer.criterion().id());
          if (input.value().isEmpty()) {
            lines.add(scorer.missing());
          } else {
            lines.add(scorer.score(participant.id(), input.value().get(), input.baseline(),
                peers.getOrDefault(scorer.criterion().id(), PeerValues.none())));
          }
        }
        if (kind == ParticipantKind.COLLECTIVE) {
          new MemberLine(campaign).of(participant.id(), scorecards).ifPresent(lines::add);
        }
        return assembler.assemble(participant.id(), lines,
            adjustments.getOrDefault(participant.id(), List.of()), vetoes);
      };
      Stream<Participant> stream = participants.size() >= parallelFrom
          ? participants.parallelStream() : participants.stream();
      List<Scorecard> scored = stream.map(scoreOne).toList();
      for (int i = 0; i < participants.size(); i++) {
        scorecards.put(participants.get(i).id(), scored.get(i));
      }
    }
    if (faultPolicy == FaultPolicy.FAIL
        && scorecards.values().stream().anyMatch(Scorecard::hasErrors)) {
      List<Problem> faults = scorecards.values().stream().flatMap(s -> s.errors().stream())
          .map(e -> Problem.at("criteria/" + e.criterionId() + "/" + e.participantId(),
              e.message()))
          .toList();
      throw new ScoringFailedException(Message.of("evaluation.what.evaluation", campaign.id(),
          period.toString()), faults);
    }
    return scorecards;
  }

  private Map<String, PeerValues> peersOf(List<LineScorer> scorers,
      List<Participant> participants, Map<String, Map<String, Input>> inputs) {
    Map<String, PeerValues> peers = new HashMap<>();
    for (LineScorer scorer : scorers) {
      String id = scorer.criterion().id();
      if (formulas.get(id).requires(InputRequirement.PEERS)) {
        peers.put(id, PeerValues.of(participants.stream()
            .map(p -> inputs.get(p.id()).get(id).value())
            .flatMap(Optional::stream).map(Resolved::value).toList()));
      }
    }
    return peers;
  }

  /** A participant's value and baseline for one criterion, once checked. */
  private record Input(Optional<Resolved> value, Optional<BigDecimal> baseline) {}

  @Override
  public String toString() {
    return "CompiledCampaign{" + campaign.id() + ", formulas " + ImmutableList.copyOf(
        formulas.values().stream().map(f -> f.formula().id()).distinct().sorted().toList())
        + "}";
  }
}
