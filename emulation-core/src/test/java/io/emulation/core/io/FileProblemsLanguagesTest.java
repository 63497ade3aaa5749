package io.emulation.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.emulation.core.InvalidDataException;
import io.emulation.core.InvalidDefinitionException;
import io.emulation.core.Problem;
import io.emulation.core.ProblemsException;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.org.Individual;
import io.emulation.core.org.OrgUnit;
import io.emulation.core.org.Organisation;
import io.emulation.core.text.Languages;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The problems people editing definition and data files see, in Vietnamese and in English: the
 * location (file, line, column and JSON path) is the same in both, names people gave are kept as
 * written, and {@code getMessage()} stays English.
 */
class FileProblemsLanguagesTest {
  private static final Locale VI = Languages.VIETNAMESE;
  private static final Locale EN = Languages.ENGLISH;
  private static final DefinitionReader READER = DefinitionReader.standard();

  private static InvalidDefinitionException definitionFailure(String text, String file) {
    InvalidDefinitionException thrown = catchThrowableOfType(InvalidDefinitionException.class,
        () -> READER.read(text, file));
    assertThat(thrown).as("reading %s throws InvalidDefinitionException", file).isNotNull();
    return thrown;
  }

  private static InvalidDataException measurementsFailure(String text) {
    InvalidDataException thrown = catchThrowableOfType(InvalidDataException.class,
        () -> CsvData.standard().readMeasurements(new StringReader(text), "m.csv"));
    assertThat(thrown).as("reading m.csv throws InvalidDataException").isNotNull();
    return thrown;
  }

  private static Problem onlyProblem(ProblemsException e) {
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }

  @Test
  void unknownPropertyWithASuggestionInBothLanguages() {
    InvalidDefinitionException e = definitionFailure("""
        formatVersion: 1
        awards: {preset: army}
        awardz: 1
        """, "rules.yaml");

    assertThat(e.getMessage(EN)).isEqualTo("""
        definition rules.yaml has 1 problem:
          - rules.yaml:3:1 $.awardz: unknown property 'awardz' (did you mean 'awards'?); \
        expected one of [formatVersion, awards]""");
    assertThat(e.getMessage(VI)).isEqualTo("""
        tệp định nghĩa rules.yaml có 1 lỗi:
          - rules.yaml:3:1 $.awardz: thuộc tính không xác định 'awardz' (có phải ý bạn là \
        'awards'?); cần một trong [formatVersion, awards]""");
  }

  @Test
  void wrongTypeInBothLanguagesAtTheSameLocation() {
    Problem problem = onlyProblem(definitionFailure("""
        formatVersion: one
        awards: {preset: army}
        """, "rules.yaml"));

    assertThat(problem.location()).isEqualTo("rules.yaml:1:16 $.formatVersion");
    assertThat(problem.describe(EN)).isEqualTo("rules.yaml:1:16 $.formatVersion: "
        + "'formatVersion' must be a number but was the text 'one'");
    assertThat(problem.describe(VI)).isEqualTo("rules.yaml:1:16 $.formatVersion: "
        + "'formatVersion' phải là một số nhưng lại là văn bản 'one'");
  }

  @Test
  void missingRequiredPropertyInBothLanguages() {
    Problem problem = onlyProblem(definitionFailure("""
        formatVersion: 1
        awards: {rules: []}
        """, "rules.yaml"));

    assertThat(problem.message(EN)).isEqualTo("missing required property 'name'");
    assertThat(problem.message(VI)).isEqualTo("thiếu thuộc tính bắt buộc 'name'");
  }

  @Test
  void badPeriodInADefinitionInBothLanguages() {
    InvalidDefinitionException e = definitionFailure("""
        formatVersion: 1
        campaign: {id: c, period: 2021-Q5}
        organisation:
          units: [{id: u}]
        criteria:
        - id: output
          formula: emulation:linear
          parameters: {maxPoints: 100}
          target: 100
        """, "c.yaml");

    assertThat(onlyProblem(e).describe(EN)).isEqualTo("c.yaml:2:27 $.campaign.period: "
        + "'2021-Q5' is not a period; expected 2021, 2021-H1, 2021-Q2, 2021-05 or "
        + "2021-03-01..2021-05-31");
    assertThat(onlyProblem(e).describe(VI)).isEqualTo("c.yaml:2:27 $.campaign.period: "
        + "'2021-Q5' không phải là kỳ đánh giá; cần dạng 2021, 2021-H1, 2021-Q2, 2021-05 hoặc "
        + "2021-03-01..2021-05-31");
  }

  @Test
  void unknownConditionWithASuggestionInBothLanguages() {
    Problem problem = onlyProblem(definitionFailure("""
        formatVersion: 1
        awards:
          name: rules
          rules:
          - award: {id: a, kind: emulation-title, recipient: individual}
            conditions: registerd
        """, "rules.yaml"));

    assertThat(problem.describe(EN)).isEqualTo("rules.yaml:6:17 $.awards.rules[0].conditions: "
        + "unknown condition 'registerd' (did you mean 'registered'?); simple conditions are "
        + "[noVetoFailure, registered, notUnderReview, unitsHaveNoVetoFailure], others are "
        + "objects such as {minGrade: GOOD}");
    assertThat(problem.describe(VI)).isEqualTo("rules.yaml:6:17 $.awards.rules[0].conditions: "
        + "điều kiện không xác định 'registerd' (có phải ý bạn là 'registered'?); các điều "
        + "kiện đơn giản là [noVetoFailure, registered, notUnderReview, "
        + "unitsHaveNoVetoFailure], các điều kiện khác là đối tượng, chẳng hạn {minGrade: GOOD}");
  }

  @Test
  void domainProblemOfADefinitionPointsIntoTheFileInBothLanguages() {
    Problem problem = onlyProblem(definitionFailure("""
        formatVersion: 1
        campaign: {id: c, period: 2021}
        organisation:
          units: [{id: u}]
          individuals: [{id: p, unit: w9}]
        criteria:
        - id: output
          formula: emulation:linear
          parameters: {maxPoints: 100}
          target: 100
        """, "c.yaml"));

    assertThat(problem.describe(EN)).isEqualTo("c.yaml:5:17 $.organisation.individuals[0]: "
        + "individual 'p' is in unit 'w9', which does not exist");
    assertThat(problem.describe(VI)).isEqualTo("c.yaml:5:17 $.organisation.individuals[0]: "
        + "cá nhân 'p' thuộc đơn vị 'w9', đơn vị này không tồn tại");
  }

  @Test
  void badCsvCellInBothLanguages() {
    InvalidDataException e = measurementsFailure(
        "participant,criterion,period,value\na1,output,2021,\"12,5\"\n");

    assertThat(e.getMessage(EN)).isEqualTo("""
        measurements CSV m.csv has 1 problem:
          - m.csv:2:4: column 'value': '12,5' is not a decimal number; expected digits with \
        an optional leading '-' and decimal point, e.g. -12.5 (use '.' for the decimal point \
        and no thousands separators)""");
    assertThat(e.getMessage(VI)).isEqualTo("""
        tệp CSV số liệu thực hiện m.csv có 1 lỗi:
          - m.csv:2:4: cột 'value': '12,5' không phải là số thập phân; cần các chữ số, có thể \
        có dấu '-' ở đầu và dấu chấm thập phân, ví dụ -12.5 (dùng dấu '.' làm dấu thập phân \
        và không dùng dấu phân cách hàng nghìn)""");
  }

  @Test
  void unknownCsvColumnWithASuggestionInBothLanguages() {
    Problem problem = onlyProblem(measurementsFailure(
        "participant,criterion,period,value,targt\na1,output,2021,12,10\n"));

    assertThat(problem.describe(EN)).isEqualTo("m.csv:1:5: header: unknown column 'targt' "
        + "(did you mean 'target'?); the columns are participant*, criterion*, period*, value*, "
        + "target, source (* required)");
    assertThat(problem.describe(VI)).isEqualTo("m.csv:1:5: dòng tiêu đề: cột không xác định "
        + "'targt' (có phải ý bạn là 'target'?); các cột là participant*, criterion*, period*, "
        + "value*, target, source (* bắt buộc)");
  }

  @Test
  void missingCsvValueNamesWhatIsExpectedInBothLanguages() {
    Problem problem = onlyProblem(measurementsFailure(
        "participant,criterion,period,value\na1,,2021,12\n"));

    assertThat(problem.describe(EN))
        .isEqualTo("m.csv:2:2: column 'criterion': missing value; expected a criterion id");
    assertThat(problem.describe(VI))
        .isEqualTo("m.csv:2:2: cột 'criterion': thiếu giá trị; cần mã tiêu chí");
  }

  @Test
  void organisationProblemsInBothLanguages() {
    ProblemsException e = catchThrowableOfType(InvalidDefinitionException.class,
        () -> Organisation.builder().unit(OrgUnit.root("f", "Factory"))
            .individual(Individual.of("e1", "An", "w9")).build());

    assertThat(e.getMessage(EN)).isEqualTo("""
        organisation has 1 problem:
          - individuals/e1: individual 'e1' is in unit 'w9', which does not exist""");
    assertThat(e.getMessage(VI)).isEqualTo("""
        cơ cấu tổ chức có 1 lỗi:
          - individuals/e1: cá nhân 'e1' thuộc đơn vị 'w9', đơn vị này không tồn tại""");
  }

  @Test
  void campaignProblemsShowNumbersWithTheLanguagesDecimalSeparator() {
    Campaign.Builder builder = Campaign.builder("c", "C")
        .memberAggregation(io.emulation.core.campaign.MemberAggregation.NONE,
            new BigDecimal("-1.5"));

    assertThat(builder.problems()).extracting(p -> p.describe(EN)).contains(
        "period: campaign 'c' has no period",
        "memberWeight: member weight must be >= 0 but was -1.5");
    assertThat(builder.problems()).extracting(p -> p.describe(VI)).contains(
        "period: phong trào thi đua 'c' chưa có kỳ đánh giá",
        "memberWeight: trọng số thành viên phải >= 0 nhưng lại là -1,5");
  }

  @Test
  void getMessageWithoutALocaleIsEnglish() {
    InvalidDataException e = measurementsFailure(
        "participant,criterion,period,value\na1,output,2021,abc\n");

    assertThat(e.getMessage()).isEqualTo(e.getMessage(EN));
    assertThat(e.getLocalizedMessage()).isEqualTo(e.getMessage(EN));
    assertThat(e.getMessage(Locale.GERMAN)).isEqualTo(e.getMessage(EN));
    assertThat(onlyProblem(e)).hasToString(onlyProblem(e).describe(EN));
  }
}
