package io.emulation.core.campaign;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.emulation.core.InvalidDefinitionException;
import io.emulation.core.Problem;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.grading.GradeRequirement;
import io.emulation.core.grading.GradingScale;
import io.emulation.core.org.Organisation;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.period.Period;
import io.emulation.core.ranking.RankKey;
import io.emulation.core.ranking.RankPolicy;
import io.emulation.core.text.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An emulation campaign (phong trào thi đua): who takes part, over which period, on which
 * criteria, how totals are made and rounded, how participants are graded and ranked. Immutable;
 * validated when built, reporting every problem at once.
 *
 * <p>A campaign names its formulas by id; they are looked up when an evaluator compiles it, so
 * loading a plugin never changes a campaign.
 *
 * @since 0.1
 */
public final class Campaign {
  private final String id;
  private final String name;
  private final String theme;
  private final CampaignKind kind;
  private final String parentId;
  private final Period period;
  private final Organisation organisation;
  private final Scope scope;
  private final ImmutableList<Criterion> criteria;
  private final GradingScale individualGrading;
  private final GradingScale collectiveGrading; // null: collectives use individualGrading
  private final DecimalPolicy decimals;
  private final TotalMethod totalMethod;
  private final MemberAggregation memberAggregation;
  private final BigDecimal memberWeight;
  private final RankPolicy rankPolicy;

  private Campaign(Builder b) {
    this.id = b.id;
    this.name = b.name;
    this.theme = b.theme;
    this.kind = b.kind;
    this.parentId = b.parentId;
    this.period = b.period;
    this.organisation = b.organisation;
    this.scope = b.scope;
    this.criteria = ImmutableList.copyOf(b.criteria);
    this.individualGrading = b.individualGrading;
    this.collectiveGrading = b.collectiveGrading;
    this.decimals = b.decimals;
    this.totalMethod = b.totalMethod;
    this.memberAggregation = b.memberAggregation;
    this.memberWeight = b.memberWeight;
    this.rankPolicy = b.rankPolicy;
  }

  /** A builder for a campaign with an id and a name. */
  public static Builder builder(String id, String name) {
    return new Builder(id, name);
  }

  /** The campaign's id. */
  public String id() {
    return id;
  }

  /** The display name. */
  public String name() {
    return name;
  }

  /** The theme or slogan (chủ đề), e.g. "mẫu mực, kỷ cương, sáng tạo, quyết thắng"; may be empty. */
  public String theme() {
    return theme;
  }

  /** Ongoing, themed or peak drive. */
  public CampaignKind kind() {
    return kind;
  }

  /** The campaign a peak drive runs inside. */
  public Optional<String> parentId() {
    return Optional.ofNullable(parentId);
  }

  /** The whole period the campaign runs over; reviews evaluate it or periods inside it. */
  public Period period() {
    return period;
  }

  /** The organisation. */
  public Organisation organisation() {
    return organisation;
  }

  /** Who takes part. */
  public Scope scope() {
    return scope;
  }

  /** The criteria, in order. */
  public ImmutableList<Criterion> criteria() {
    return criteria;
  }

  /** The criteria that apply to one kind of participant, in order. */
  public ImmutableList<Criterion> criteriaFor(ParticipantKind participantKind) {
    return criteria.stream().filter(c -> c.appliesTo() == participantKind)
        .collect(ImmutableList.toImmutableList());
  }

  /** The criterion with this id. */
  public Optional<Criterion> criterion(String criterionId) {
    return criteria.stream().filter(c -> c.id().equals(criterionId)).findFirst();
  }

  /** The grading scale for a kind of participant. */
  public GradingScale grading(ParticipantKind participantKind) {
    return participantKind == ParticipantKind.INDIVIDUAL || collectiveGrading == null
        ? individualGrading : collectiveGrading;
  }

  /** Scale and rounding of every point value. */
  public DecimalPolicy decimals() {
    return decimals;
  }

  /** How lines make the criteria total. */
  public TotalMethod totalMethod() {
    return totalMethod;
  }

  /** Whether and how collectives include their members' totals. */
  public MemberAggregation memberAggregation() {
    return memberAggregation;
  }

  /** The weight of the members line of collectives. */
  public BigDecimal memberWeight() {
    return memberWeight;
  }

  /** How participants are ranked. */
  public RankPolicy rankPolicy() {
    return rankPolicy;
  }

  /** A builder holding this campaign's values, to derive a changed copy ("what if"). */
  public Builder toBuilder() {
    Builder b = new Builder(id, name);
    b.theme = theme;
    b.kind = kind;
    b.parentId = parentId;
    b.period = period;
    b.organisation = organisation;
    b.scope = scope;
    b.criteria.addAll(criteria);
    b.individualGrading = individualGrading;
    b.collectiveGrading = collectiveGrading;
    b.decimals = decimals;
    b.totalMethod = totalMethod;
    b.memberAggregation = memberAggregation;
    b.memberWeight = memberWeight;
    b.rankPolicy = rankPolicy;
    return b;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Campaign that
        && id.equals(that.id) && name.equals(that.name) && theme.equals(that.theme)
        && kind == that.kind && Objects.equals(parentId, that.parentId)
        && period.equals(that.period) && organisation.equals(that.organisation)
        && scope.equals(that.scope) && criteria.equals(that.criteria)
        && individualGrading.equals(that.individualGrading)
        && grading(ParticipantKind.COLLECTIVE).equals(that.grading(ParticipantKind.COLLECTIVE))
        && decimals.equals(that.decimals)
        && totalMethod == that.totalMethod && memberAggregation == that.memberAggregation
        && memberWeight.equals(that.memberWeight) && rankPolicy.equals(that.rankPolicy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, period, criteria);
  }

  @Override
  public String toString() {
    return "Campaign{" + id + ", " + kind + ", " + period + ", " + criteria.size() + " criteria}";
  }

  /**
   * Assembles a {@link Campaign}. Required: period, organisation, at least one criterion.
   * Defaults: ongoing, everyone in scope, the standard grading scale for both kinds, 2 decimal
   * places half up, totals by sum, no member aggregation (weight 1), highest total first with
   * "1224" ranks.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final String id;
    private final String name;
    private String theme = "";
    private CampaignKind kind = CampaignKind.ONGOING;
    private String parentId;
    private Period period;
    private Organisation organisation;
    private Scope scope = Scope.everyone();
    private final List<Criterion> criteria = new ArrayList<>();
    private GradingScale individualGrading = GradingScale.standard();
    private GradingScale collectiveGrading;
    private DecimalPolicy decimals = DecimalPolicy.standard();
    private TotalMethod totalMethod = TotalMethod.SUM;
    private MemberAggregation memberAggregation = MemberAggregation.NONE;
    private BigDecimal memberWeight = BigDecimal.ONE;
    private RankPolicy rankPolicy = RankPolicy.standard();

    private Builder(String id, String name) {
      this.id = requireNonNull(id, "campaign id");
      this.name = requireNonNull(name, "campaign name");
    }

    /** Sets the theme or slogan. */
    public Builder theme(String value) {
      this.theme = requireNonNull(value, "theme");
      return this;
    }

    /** Sets the kind. */
    public Builder kind(CampaignKind value) {
      this.kind = requireNonNull(value, "kind");
      return this;
    }

    /** Sets the campaign this one runs inside (required for a peak drive). */
    public Builder parentId(String value) {
      this.parentId = requireNonNull(value, "parentId");
      return this;
    }

    /** Sets the period. */
    public Builder period(Period value) {
      this.period = requireNonNull(value, "period");
      return this;
    }

    /** Sets the organisation. */
    public Builder organisation(Organisation value) {
      this.organisation = requireNonNull(value, "organisation");
      return this;
    }

    /** Sets who takes part. */
    public Builder scope(Scope value) {
      this.scope = requireNonNull(value, "scope");
      return this;
    }

    /** Adds criteria in order. */
    public Builder criteria(Criterion... values) {
      return criteria(Arrays.asList(values));
    }

    /** Adds criteria in order. */
    public Builder criteria(Iterable<Criterion> values) {
      values.forEach(c -> criteria.add(requireNonNull(c, "criterion")));
      return this;
    }

    /** Replaces the criterion with the same id, keeping its place ("what if"). */
    public Builder replaceCriterion(Criterion value) {
      int index = -1;
      for (int i = 0; i < criteria.size() && index < 0; i++) {
        index = criteria.get(i).id().equals(value.id()) ? i : -1;
      }
      if (index < 0) {
        throw new IllegalArgumentException("campaign '" + id + "' has no criterion '"
            + value.id() + "' to replace");
      }
      criteria.set(index, value);
      return this;
    }

    /** Sets the grading scale of individuals (and of collectives, unless set apart). */
    public Builder grading(GradingScale value) {
      this.individualGrading = requireNonNull(value, "grading");
      return this;
    }

    /** Sets a separate grading scale for collectives. */
    public Builder collectiveGrading(GradingScale value) {
      this.collectiveGrading = requireNonNull(value, "collectiveGrading");
      return this;
    }

    /** Sets scale and rounding. */
    public Builder decimals(DecimalPolicy value) {
      this.decimals = requireNonNull(value, "decimals");
      return this;
    }

    /** Sets how lines make the total. */
    public Builder totalMethod(TotalMethod value) {
      this.totalMethod = requireNonNull(value, "totalMethod");
      return this;
    }

    /** Includes collectives' member totals as a line with the given weight. */
    public Builder memberAggregation(MemberAggregation value, BigDecimal weight) {
      this.memberAggregation = requireNonNull(value, "memberAggregation");
      this.memberWeight = requireNonNull(weight, "memberWeight");
      return this;
    }

    /** Sets how participants are ranked. */
    public Builder rankPolicy(RankPolicy value) {
      this.rankPolicy = requireNonNull(value, "rankPolicy");
      return this;
    }

    /** Every problem with the values set so far; empty when {@link #build()} will succeed. */
    public List<Problem> problems() {
      List<Problem> problems = new ArrayList<>();
      if (id.isBlank() || !id.strip().equals(id)) {
        problems.add(Problem.at("id", Message.of("campaign.problem.badId", id)));
      }
      if (kind == CampaignKind.PEAK_DRIVE && parentId == null) {
        problems.add(Problem.at("parentId", Message.of("campaign.problem.peakDriveParent", id)));
      }
      if (parentId != null && parentId.equals(id)) {
        problems.add(Problem.at("parentId", Message.of("campaign.problem.ownParent", id)));
      }
      if (period == null) {
        problems.add(Problem.at("period", Message.of("campaign.problem.noPeriod", id)));
      }
      if (organisation == null) {
        problems.add(Problem.at("organisation",
            Message.of("campaign.problem.noOrganisation", id)));
      } else {
        scope.units().stream().filter(u -> organisation.unit(u).isEmpty()).forEach(u ->
            problems.add(Problem.at("scope", Message.of("campaign.problem.scopeUnit", u))));
      }
      checkCriteria(problems);
      if (memberWeight.signum() < 0) {
        problems.add(Problem.at("memberWeight",
            Message.of("campaign.problem.memberWeight", memberWeight)));
      }
      return problems;
    }

    private void checkCriteria(List<Problem> problems) {
      if (criteria.isEmpty()) {
        problems.add(Problem.at("criteria", Message.of("campaign.problem.noCriteria", id)));
      }
      Set<String> ids = new HashSet<>();
      for (Criterion criterion : criteria) {
        if (!ids.add(criterion.id())) {
          problems.add(Problem.at("criteria/" + criterion.id(),
              Message.of("campaign.problem.duplicateCriterion", criterion.id())));
        }
      }
      if (totalMethod == TotalMethod.WEIGHTED_MEAN) {
        for (ParticipantKind participantKind : ParticipantKind.values()) {
          List<Criterion> ofKind = criteria.stream()
              .filter(c -> c.appliesTo() == participantKind).toList();
          boolean members = participantKind == ParticipantKind.COLLECTIVE
              && memberAggregation != MemberAggregation.NONE && memberWeight.signum() > 0;
          if (!ofKind.isEmpty() && !members
              && ofKind.stream().allMatch(c -> c.weight().signum() == 0)) {
            List<String> unweighted = ofKind.stream().map(Criterion::id).toList();
            problems.add(Problem.at("criteria", participantKind == ParticipantKind.INDIVIDUAL
                ? Message.of("campaign.problem.zeroWeights.individual", unweighted)
                : Message.of("campaign.problem.zeroWeights.collective", unweighted)));
          }
        }
      }
      for (RankKey key : rankPolicy.keys()) {
        if (key instanceof RankKey.ByCriterionPoints byPoints && !ids.contains(byPoints.criterionId())) {
          problems.add(Problem.at("rankPolicy",
              Message.of("campaign.problem.rankKeyCriterion", byPoints.criterionId())));
        }
      }
      List<GradingScale> scales = collectiveGrading == null
          ? List.of(individualGrading) : List.of(individualGrading, collectiveGrading);
      for (GradingScale scale : scales) {
        scale.bands().forEach(band -> band.requirements().forEach(requirement -> {
          if (requirement instanceof GradeRequirement.MinCriterionPoints min
              && !ids.contains(min.criterionId())) {
            problems.add(Problem.at("grading", Message.of("campaign.problem.gradingCriterion",
                band.grade().code(), min.criterionId())));
          }
        }));
      }
    }

    /**
     * The campaign.
     *
     * @throws InvalidDefinitionException listing every problem
     */
    public Campaign build() {
      List<Problem> problems = problems();
      if (!problems.isEmpty()) {
        throw new InvalidDefinitionException(Message.of("campaign.what", id), problems);
      }
      return new Campaign(this);
    }
  }
}
