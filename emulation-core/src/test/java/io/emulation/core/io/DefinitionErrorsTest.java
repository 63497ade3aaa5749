package io.emulation.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.emulation.core.InvalidDefinitionException;
import org.junit.jupiter.api.Test;

/**
 * The whole message of {@link InvalidDefinitionException} for typical mistakes in definition
 * documents: every problem at once, each at {@code file:line:column} with its JSON path.
 */
class DefinitionErrorsTest {
  private static final DefinitionReader READER = DefinitionReader.standard();

  /** The message of the exception reading the document throws. */
  private static String problems(String text, String file) {
    InvalidDefinitionException thrown = catchThrowableOfType(InvalidDefinitionException.class,
        () -> READER.read(text, file));
    assertThat(thrown).as("reading %s throws InvalidDefinitionException", file).isNotNull();
    return thrown.getMessage();
  }

  @Test
  void misspeltPropertyIsReportedWithDidYouMean() {
    assertThat(problems("""
        formatVersion: 1
        campaign: {id: c, period: 2021}
        organisation:
          units: [{id: u}]
          individuals: [{id: p, unit: u}]
        criteria:
        - id: output
          formula: emulation:linear
          parameters: {maxPoints: 100}
          target: 100
          wieght: 2
        """, "campaign.yaml"))
        .isEqualTo("""
            definition campaign.yaml has 1 problem:
              - campaign.yaml:11:3 $.criteria[0].wieght: unknown property 'wieght' (did \
            you mean 'weight'?); expected one of [id, name, group, appliesTo, weight, \
            formula, parameters, target, direction, veto, whenMissing, rollUp, \
            yearOverYear, negativeAllowed]""");
  }

  @Test
  void wrongTypeIsReportedWithWhatWasWritten() {
    assertThat(problems("""
        formatVersion: 1
        campaign: {id: c, period: 2021}
        organisation:
          units: [{id: u}]
          individuals: [{id: p, unit: u}]
        criteria:
        - id: output
          formula: emulation:linear
          parameters: {maxPoints: 100}
          target: 100
          weight: heavy
        """, "campaign.yaml"))
        .isEqualTo("""
            definition campaign.yaml has 1 problem:
              - campaign.yaml:11:11 $.criteria[0].weight: 'weight' must be a number but \
            was the text 'heavy'""");
  }

  @Test
  void unknownFormulaIdIsReportedWithSuggestion() {
    assertThat(problems("""
        formatVersion: 1
        campaign: {id: c, period: 2021}
        organisation:
          units: [{id: u}]
          individuals: [{id: p, unit: u}]
        criteria:
        - id: output
          formula: emulation:linaer
          parameters: {maxPoints: 100}
          target: 100
        """, "campaign.yaml"))
        .isEqualTo("""
            definition campaign.yaml has 1 problem:
              - campaign.yaml:8:12 $.criteria[0].formula: criterion 'output' uses unknown \
            formula 'emulation:linaer' (did you mean 'emulation:linear'?); known \
            formulas: [emulation:bands, emulation:growth, emulation:linear, \
            emulation:pass-fail, emulation:penalty, emulation:per-occurrence, \
            emulation:percentile, emulation:rating]""");
  }

  @Test
  void invalidFormulaParameterIsReportedAtTheParameter() {
    assertThat(problems("""
        formatVersion: 1
        campaign: {id: c, period: 2021}
        organisation:
          units: [{id: u}]
          individuals: [{id: p, unit: u}]
        criteria:
        - id: output
          formula: emulation:linear
          parameters: {maxPoints: -100}
          target: 100
        """, "campaign.yaml"))
        .isEqualTo("""
            definition campaign.yaml has 1 problem:
              - campaign.yaml:9:27 $.criteria[0].parameters.maxPoints: criterion \
            'output', formula 'emulation:linear', parameter 'maxPoints': must be > 0 but \
            was -100""");
  }

  @Test
  void duplicateCriterionIdIsReportedAtTheSecond() {
    assertThat(problems("""
        formatVersion: 1
        campaign: {id: c, period: 2021}
        organisation:
          units: [{id: u}]
          individuals: [{id: p, unit: u}]
        criteria:
        - {id: output, formula: 'emulation:linear', parameters: {maxPoints: 100}, target: 100}
        - {id: output, formula: 'emulation:per-occurrence', parameters: {pointsPer: 5}}
        """, "campaign.yaml"))
        .isEqualTo("""
            definition campaign.yaml has 1 problem:
              - campaign.yaml:8:3 $.criteria[1]: duplicate criterion id 'output'""");
  }

  @Test
  void duplicateUnitIdIsReportedAtTheSecond() {
    assertThat(problems("""
        formatVersion: 1
        campaign: {id: c, period: 2021}
        organisation:
          units:
          - {id: z176, name: Nhà máy Z176}
          - {id: z176, name: Phân xưởng Cơ khí, parent: z176}
          individuals: [{id: p, unit: z176}]
        criteria:
        - {id: output, formula: 'emulation:linear', parameters: {maxPoints: 100}, target: 100}
        """, "campaign.yaml"))
        .isEqualTo("""
            definition campaign.yaml has 1 problem:
              - campaign.yaml:6:5 $.organisation.units[1]: duplicate unit id 'z176'""");
  }

  @Test
  void danglingUnitParentIsReported() {
    assertThat(problems("""
        formatVersion: 1
        campaign: {id: c, period: 2021}
        organisation:
          units:
          - {id: z176}
          - {id: px-co-khi, parent: z177}
          individuals: [{id: p, unit: z176}]
        criteria:
        - {id: output, formula: 'emulation:linear', parameters: {maxPoints: 100}, target: 100}
        """, "campaign.yaml"))
        .isEqualTo("""
            definition campaign.yaml has 1 problem:
              - campaign.yaml:6:5 $.organisation.units[1]: parent unit 'z177' of unit \
            'px-co-khi' does not exist""");
  }

  @Test
  void individualInUnknownUnitIsReported() {
    assertThat(problems("""
        formatVersion: 1
        campaign: {id: c, period: 2021}
        organisation:
          units: [{id: z176}]
          individuals:
          - {id: nv001, name: Nguyễn Văn An, unit: px-co-khi}
        criteria:
        - {id: output, formula: 'emulation:linear', parameters: {maxPoints: 100}, target: 100}
        """, "campaign.yaml"))
        .isEqualTo("""
            definition campaign.yaml has 1 problem:
              - campaign.yaml:6:5 $.organisation.individuals[0]: individual 'nv001' is in \
            unit 'px-co-khi', which does not exist""");
  }

  @Test
  void unknownGradeInMinGradeIsReportedWithTheScale() {
    assertThat(problems("""
        formatVersion: 1
        campaign: {id: c, period: 2021}
        organisation:
          units: [{id: u}]
          individuals: [{id: p, unit: u}]
        criteria:
        - {id: output, formula: 'emulation:linear', parameters: {maxPoints: 100}, target: 100}
        awards:
          name: Quy chế
          rules:
          - award: {id: lao-dong-tien-tien, kind: emulation-title, recipient: individual}
            conditions:
              minGrade: GOD
        """, "campaign.yaml"))
        .isEqualTo("""
            definition campaign.yaml has 1 problem:
              - campaign.yaml:13:7 $.awards.rules[0].conditions: condition 'grade GOD or \
            better' names grade 'GOD' (did you mean 'GOOD'?), which is not in the scale \
            [EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED]""");
  }

  @Test
  void awardDependencyCycleNamesTheAwards() {
    assertThat(problems("""
        formatVersion: 1
        awards:
          name: Quy chế
          rules:
          - award: {id: a, kind: emulation-title, recipient: individual}
            conditions: {holds: b}
          - award: {id: b, kind: emulation-title, recipient: individual}
            conditions: {holds: c}
          - award: {id: c, kind: emulation-title, recipient: individual}
            conditions: {holds: a}
        """, "awards.yaml"))
        .isEqualTo("""
            definition awards.yaml has 1 problem:
              - awards.yaml:5:5 $.awards.rules[0]: awards depend on each other in a \
            cycle: a -> b -> c -> a""");
  }

  @Test
  void quotaAboveHundredPercentIsReported() {
    assertThat(problems("""
        formatVersion: 1
        awards:
          name: Quy chế
          rules:
          - award: {id: giay-khen, kind: commendation, recipient: individual}
            conditions: registered
            quota:
              percentOfHeadcount: 120
        """, "awards.yaml"))
        .isEqualTo("""
            definition awards.yaml has 1 problem:
              - awards.yaml:8:7 $.awards.rules[0].quota: a percentage quota must be 0 to \
            100% but was 120%""");
  }

  @Test
  void bandThresholdsOutOfOrderAreReported() {
    assertThat(problems("""
        formatVersion: 1
        campaign: {id: c, period: 2021}
        organisation:
          units: [{id: u}]
          individuals: [{id: p, unit: u}]
        criteria:
        - {id: output, formula: 'emulation:linear', parameters: {maxPoints: 100}, target: 100}
        grading:
          individuals:
            bands:
            - {grade: GOOD, min: 75}
            - {grade: EXCELLENT, min: 90}
            otherwise: {grade: NOT_COMPLETED}
        """, "campaign.yaml"))
        .isEqualTo("""
            definition campaign.yaml has 1 problem:
              - campaign.yaml:12:7 $.grading.individuals.bands[1]: thresholds must fall \
            from band to band, but EXCELLENT needs 90, not below the 75 of the band \
            before it""");
  }

  @Test
  void unknownConditionsAreReportedWithSuggestions() {
    assertThat(problems("""
        formatVersion: 1
        awards:
          name: Quy chế
          rules:
          - award: {id: a, kind: emulation-title, recipient: individual}
            conditions:
              all:
              - registred
              - minGarde: GOOD
        """, "awards.yaml"))
        .isEqualTo("""
            definition awards.yaml has 2 problems:
              - awards.yaml:8:9 $.awards.rules[0].conditions.all[0]: unknown condition \
            'registred' (did you mean 'registered'?); simple conditions are \
            [noVetoFailure, registered, notUnderReview, unitsHaveNoVetoFailure], others \
            are objects such as {minGrade: GOOD}
              - awards.yaml:9:9 $.awards.rules[0].conditions.all[1]: a condition needs \
            one of [all, any, not, atLeast, minGrade, minScore, hiredMonthsBefore, \
            disciplineBelow, holds, heldConsecutively, initiativesAtLeast, \
            memberShareHolding, memberShareWithGrade, membersHolding, \
            noMemberDisciplinedAtLeast, quorum, councilApprovalMoreThan, \
            secretBallotApprovalAtLeast, chairmanCastingVote, type] or one of \
            [noVetoFailure, registered, notUnderReview, unitsHaveNoVetoFailure] (did you \
            mean 'minGrade'?)""");
  }

  @Test
  void unknownRankKeyIsReportedWithSuggestion() {
    assertThat(problems("""
        formatVersion: 1
        campaign: {id: c, period: 2021}
        organisation:
          units: [{id: u}]
          individuals: [{id: p, unit: u}]
        criteria:
        - {id: output, formula: 'emulation:linear', parameters: {maxPoints: 100}, target: 100}
        ranking:
          keys: [totl, grade]
        """, "campaign.yaml"))
        .isEqualTo("""
            definition campaign.yaml has 1 problem:
              - campaign.yaml:9:10 $.ranking.keys[0]: unknown rank key 'totl'; use total, \
            grade, direct-production-first, participant-id or {criterion: <id>} (did you \
            mean 'total'?)""");
  }

  @Test
  void badPeriodTextIsReportedWithTheForms() {
    assertThat(problems("""
        formatVersion: 1
        campaign: {id: c, period: 2021-Q5}
        organisation:
          units: [{id: u}]
          individuals: [{id: p, unit: u}]
        criteria:
        - {id: output, formula: 'emulation:linear', parameters: {maxPoints: 100}, target: 100}
        """, "campaign.yaml"))
        .isEqualTo("""
            definition campaign.yaml has 1 problem:
              - campaign.yaml:2:27 $.campaign.period: '2021-Q5' is not a period; expected \
            2021, 2021-H1, 2021-Q2, 2021-05 or 2021-03-01..2021-05-31""");
  }

  @Test
  void newerFormatVersionAsksForAnUpgrade() {
    assertThat(problems("""
        formatVersion: 2
        awards: {preset: law-2022}
        """, "awards.yaml"))
        .isEqualTo("""
            definition awards.yaml has 1 problem:
              - awards.yaml:1:16 $.formatVersion: formatVersion 2 is newer than this \
            library reads (1); upgrade Emulation to read it""");
  }

  @Test
  void olderFormatVersionSaysWhatToChange() {
    assertThat(problems("""
        formatVersion: 0
        awards: {preset: law-2022}
        """, "awards.yaml"))
        .isEqualTo("""
            definition awards.yaml has 1 problem:
              - awards.yaml:1:16 $.formatVersion: formatVersion 0 is no longer read; set \
            formatVersion: 1 and follow the changes listed in docs/format.md""");
  }

  @Test
  void missingFormatVersionIsReported() {
    assertThat(problems("""
        awards: {preset: law-2022}
        """, "awards.yaml"))
        .isEqualTo("""
            definition awards.yaml has 1 problem:
              - awards.yaml:1:1 $: missing required property 'formatVersion'""");
  }

  @Test
  void emptyDocumentIsReported() {
    assertThat(problems("", "empty.yaml"))
        .isEqualTo("""
            definition empty.yaml has 1 problem:
              - empty.yaml:1:1: document is empty""");
  }

  @Test
  void yamlSyntaxErrorIsReportedAtLineAndColumn() {
    assertThat(problems("""
        formatVersion: 1
        awards:
          name: [Quy chế
          rules: []
        """, "awards.yaml"))
        .isEqualTo("""
            definition awards.yaml has 1 problem:
              - awards.yaml:4:8: syntax error: expected ',' or ']', but got : (while \
            parsing a flow sequence at line 3, column 9)""");
  }

  @Test
  void jsonSyntaxErrorIsReportedAtLineAndColumn() {
    assertThat(problems("""
        {"formatVersion": 1,
         "awards": {"preset": "army",}}
        """, "awards.json"))
        .isEqualTo("""
            definition awards.json has 1 problem:
              - awards.json:2:30: syntax error: Unexpected character ('}' (code 125)): \
            was expecting double-quote to start field name""");
  }

  @Test
  void documentWithNeitherCampaignNorAwardsIsReported() {
    assertThat(problems("""
        formatVersion: 1
        """, "nothing.yaml"))
        .isEqualTo("""
            definition nothing.yaml has 1 problem:
              - nothing.yaml:1:1 $: a definition needs 'campaign' (with 'organisation' \
            and 'criteria') or 'awards', or both""");
  }

  @Test
  void quotaOfTwoBasesIsReportedOnce() {
    assertThat(problems("""
        formatVersion: 1
        awards:
          name: Quy chế
          rules:
          - award: {id: a, kind: emulation-title, recipient: individual}
            conditions: registered
            quota: {count: 2, percentOfEligible: 10}
        """, "awards.yaml"))
        .isEqualTo("""
            definition awards.yaml has 1 problem:
              - awards.yaml:7:12 $.awards.rules[0].quota: a quota needs exactly one of \
            count, percentOfEligible, percentOfHeadcount or percentOfHolders but has \
            [count, percentOfEligible]""");
  }

  @Test
  void atLeastBeyondItsConditionsIsReported() {
    assertThat(problems("""
        formatVersion: 1
        awards:
          name: Quy chế
          rules:
          - award: {id: a, kind: emulation-title, recipient: individual}
            conditions:
              atLeast: 3
              of: [registered, notUnderReview]
        """, "awards.yaml"))
        .isEqualTo("""
            definition awards.yaml has 1 problem:
              - awards.yaml:7:16 $.awards.rules[0].conditions.atLeast: 'atLeast' is 3 but \
            'of' lists 2 conditions; it must be 1 to 2""");
  }

  @Test
  void exclusionGroupWithoutAwardsIsReported() {
    assertThat(problems("""
        formatVersion: 1
        awards:
          name: Quy chế
          rules:
          - award: {id: a, kind: emulation-title, recipient: individual}
            conditions: registered
          exclusionGroups:
          - id: one-achievement-one-form
        """, "awards.yaml"))
        .isEqualTo("""
            definition awards.yaml has 1 problem:
              - awards.yaml:8:5 $.awards.exclusionGroups[0]: missing required property \
            'awards'""");
  }

  @Test
  void everyProblemIsReportedAtOnceInDocumentOrder() {
    assertThat(problems("""
        formatVersion: 1
        campaign:
          id: c
          period: 2021-H3
          totals: sum-of-points
        organisation:
          units: [{id: u}]
          individuals:
          - {id: p, unit: u, hired: 2021-02-30}
        criteria:
        - {id: output, formula: 'emulation:linear', parameters: {maxPoints: 100}, target: 100}
        awards: {preset: law-2021}
        """, "campaign.yaml"))
        .isEqualTo("""
            definition campaign.yaml has 4 problems:
              - campaign.yaml:4:11 $.campaign.period: '2021-H3' is not a period; expected \
            2021, 2021-H1, 2021-Q2, 2021-05 or 2021-03-01..2021-05-31
              - campaign.yaml:5:11 $.campaign.totals: 'totals' must be one of [sum, \
            weighted-mean] but was 'sum-of-points'
              - campaign.yaml:9:29 $.organisation.individuals[0].hired: '2021-02-30' is \
            not a date; write it as yyyy-mm-dd
              - campaign.yaml:12:9 $.awards: unknown preset 'law-2021'; shipped presets \
            are [law-2022, army]""");
  }

  @Test
  void unknownPresetIsReportedWithTheShippedOnes() {
    assertThat(problems("""
        formatVersion: 1
        awards: {preset: law-2021}
        """, "awards.yaml"))
        .isEqualTo("""
            definition awards.yaml has 1 problem:
              - awards.yaml:2:9 $.awards: unknown preset 'law-2021'; shipped presets are \
            [law-2022, army]""");
  }

  @Test
  void emptyYamlValueIsNull() {
    assertThat(problems("""
        formatVersion: 1
        campaign: {id: c, period: 2021}
        organisation:
          units: [{id: u}]
          individuals: [{id: p, unit: u}]
        criteria:
        """, "campaign.yaml"))
        .isEqualTo("""
            definition campaign.yaml has 1 problem:
              - campaign.yaml:6:10 $.criteria: 'criteria' must be a list but was null""");
  }

  @Test
  void misspeltEnumValueIsReportedWithTheAllowedValues() {
    assertThat(problems("""
        formatVersion: 1
        awards:
          name: Quy chế
          rules:
          - award: {id: a, kind: emulation-titel, recipient: individual}
            conditions: registered
        """, "awards.yaml"))
        .isEqualTo("""
            definition awards.yaml has 1 problem:
              - awards.yaml:5:26 $.awards.rules[0].award.kind: 'kind' must be one of \
            [emulation-title, commendation, ad-hoc, themed] but was 'emulation-titel' \
            (did you mean 'emulation-title'?)""");
  }

  @Test
  void duplicateKeyIsReportedWithTheFirstLine() {
    assertThat(problems("""
        formatVersion: 1
        awards:
          preset: army
          preset: law-2022
        """, "awards.yaml"))
        .isEqualTo("""
            definition awards.yaml has 1 problem:
              - awards.yaml:4:3 $.awards.preset: duplicate key 'preset'; it was already \
            given at line 3""");
  }
}
