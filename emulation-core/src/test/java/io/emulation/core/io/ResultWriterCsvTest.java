package io.emulation.core.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.emulation.core.award.AwardResult;
import io.emulation.core.evaluation.EvaluationResult;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV result of {@link SmallPlant}: one row per participant, best first. */
class ResultWriterCsvTest {
  private static final String HEADER_END =
      "bonus,penalty,total,grade,rank,unitRank,awards\n";

  private final EvaluationResult evaluation = SmallPlant.evaluation();
  private final AwardResult awards = SmallPlant.awards(evaluation);

  @TempDir
  Path dir;

  private static String csv(ResultWriter writer, EvaluationResult evaluation,
      AwardResult awards) {
    StringWriter out = new StringWriter();
    writer.writeCsv(evaluation, awards, out);
    return out.toString();
  }

  @Test
  void rowsListPointsTotalsGradesRanksAndAwardsIndividualsFirstBestFirst() {
    assertThat(csv(ResultWriter.standard(), evaluation, awards)).isEqualTo(
        "id,name,kind,unit,points:output,points:initiatives,points:safety,points:unit-output,"
            + "points:@members," + HEADER_END
            + "b1,Lê Hoàng Cường,individual,w2,55.00,10.00,0.00,,,15.00,0.00,80.00,COMPLETED,1,1,"
            + "lao-dong-tien-tien;giay-khen\n"
            + "a1,Nguyễn Thị Ánh,individual,w1,55.00,0.00,10.00,,,2.00,0.00,67.00,COMPLETED,2,1,"
            + "lao-dong-tien-tien;giay-khen\n"
            + "a2,Trần Văn Bình,individual,w1,40.00,5.00,10.00,,,0.00,1.50,53.50,COMPLETED,3,2,"
            + "lao-dong-tien-tien\n"
            + "w2,\"Phân xưởng Điện, Nước\",collective,f,,,,100.00,80.00,0.00,0.00,180.00,"
            + "EXCELLENT,1,1,tap-the-tien-tien\n"
            + "w1,Phân xưởng Cơ khí,collective,f,,,,90.00,60.25,0.00,0.00,150.25,EXCELLENT,2,2,"
            + "tap-the-tien-tien\n");
  }

  @Test
  void pointsColumnsFollowTheCampaignsCriterionOrderWhenGivenTheCampaign() {
    String text = csv(ResultWriter.forCampaign(SmallPlant.campaign()), evaluation, awards);

    assertThat(text).startsWith("id,name,kind,unit,points:output,points:unit-output,"
        + "points:initiatives,points:safety,points:@members," + HEADER_END);
    assertThat(text.lines().skip(4).findFirst()).contains("w2,\"Phân xưởng Điện, Nước\","
        + "collective,f,,100.00,,,80.00,0.00,0.00,180.00,EXCELLENT,1,1,tap-the-tien-tien");
  }

  @Test
  void withoutAwardsTheAwardsColumnIsEmpty() {
    StringWriter out = new StringWriter();
    ResultWriter.standard().writeCsv(evaluation, out);

    assertThat(out.toString().lines().skip(1)).allSatisfy(row -> assertThat(row).endsWith(","));
  }

  @Test
  void tableReadsBackWithTheSameCells() throws IOException {
    String text = csv(ResultWriter.standard(), evaluation, awards);

    List<List<String>> rows;
    try (MappingIterator<List<String>> it = new CsvMapper()
        .enable(CsvParser.Feature.WRAP_AS_ARRAY)
        .readerForListOf(String.class).readValues(text)) {
      rows = it.readAll();
    }

    assertThat(rows).hasSize(6).allSatisfy(row -> assertThat(row).hasSize(16));
    assertThat(rows.get(4).subList(0, 4))
        .containsExactly("w2", "Phân xưởng Điện, Nước", "collective", "f");
  }

  @Test
  void writingTheSameResultsTwiceGivesIdenticalText() {
    EvaluationResult again = SmallPlant.evaluation();

    assertThat(csv(ResultWriter.standard(), again, SmallPlant.awards(again)))
        .isEqualTo(csv(ResultWriter.standard(), evaluation, awards));
  }

  @Test
  void fileIsUtf8WithNewlineLineEnds() throws IOException {
    Path file = dir.resolve("result.csv");

    ResultWriter.standard().writeCsv(evaluation, awards, file);

    assertThat(new String(Files.readAllBytes(file), UTF_8))
        .isEqualTo(csv(ResultWriter.standard(), evaluation, awards))
        .contains("Nguyễn Thị Ánh").doesNotContain("\r");
  }
}
