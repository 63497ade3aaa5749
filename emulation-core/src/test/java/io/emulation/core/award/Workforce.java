package io.emulation.core.award;

import io.emulation.core.campaign.Campaign;
import io.emulation.core.campaign.MemberAggregation;
import io.emulation.core.criteria.Criterion;
import io.emulation.core.criteria.Measurement;
import io.emulation.core.evaluation.CampaignEvaluator;
import io.emulation.core.evaluation.EvaluationData;
import io.emulation.core.evaluation.EvaluationResult;
import io.emulation.core.org.Individual;
import io.emulation.core.org.OrgUnit;
import io.emulation.core.org.Organisation;
import io.emulation.core.period.Period;
import io.emulation.core.scoring.FormulaRegistry;
import io.emulation.scoring.spi.FormulaParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A small factory {@code f} for engine tests: units that compete as collectives, people with a
 * council rating 0–100 (their total), hired long ago. Campaign {@code c}, year 2021; a
 * collective's total is its members' mean.
 */
final class Workforce {
  static final Period YEAR = Period.year(2021);
  private static final FormulaRegistry FORMULAS = FormulaRegistry.load();

  private final Organisation.Builder org = Organisation.builder()
      .unit(OrgUnit.root("f", "Factory"));
  private final List<Measurement> measurements = new ArrayList<>();

  static Workforce create() {
    return new Workforce();
  }

  /** A unit of the factory, competing as a collective. */
  Workforce unit(String id) {
    org.unit(OrgUnit.of(id, "Unit " + id, "f")).collective(id);
    return this;
  }

  /** A person of {@code unit} rated {@code score}. */
  Workforce person(String id, String unit, int score) {
    return person(Individual.of(id, "Person " + id, unit), score);
  }

  /** A person rated {@code score}, hired in 2015 unless the person says otherwise. */
  Workforce person(Individual person, int score) {
    org.individual(person.hireDate().isPresent() ? person
        : person.withHireDate(LocalDate.of(2015, 1, 1)));
    measurements.add(Measurement.of(person.id(), "rating", YEAR, BigDecimal.valueOf(score)));
    return this;
  }

  Campaign campaign() {
    return Campaign.builder("c", "Campaign").period(YEAR).organisation(org.build())
        .criteria(Criterion.builder("rating", "Council rating")
            .formula("emulation:rating", FormulaParameters.builder().put("min", 0)
                .put("max", 100).build()).build())
        .memberAggregation(MemberAggregation.MEAN, BigDecimal.ONE)
        .build();
  }

  EvaluationResult evaluation(Campaign campaign) {
    return CampaignEvaluator.of(FORMULAS).evaluate(campaign,
        EvaluationData.builder().addMeasurements(measurements).build(), YEAR);
  }

  /** The awards under {@code rules}, everyone registered, no history or initiatives. */
  AwardResult decide(AwardRuleSet rules) {
    return decide(rules, AwardInputs.none().withRegistrations(Registrations.everyone()));
  }

  AwardResult decide(AwardRuleSet rules, AwardInputs inputs) {
    Campaign campaign = campaign();
    return AwardEvaluator.of(rules).evaluate(campaign, evaluation(campaign), inputs);
  }
}
