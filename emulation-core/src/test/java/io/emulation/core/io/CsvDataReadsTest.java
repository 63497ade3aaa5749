package io.emulation.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSetMultimap;
import io.emulation.core.award.AwardHistory;
import io.emulation.core.award.AwardKind;
import io.emulation.core.award.AwardLevel;
import io.emulation.core.award.Initiative;
import io.emulation.core.award.PastAward;
import io.emulation.core.award.Registrations;
import io.emulation.core.criteria.Adjustment;
import io.emulation.core.criteria.Measurement;
import io.emulation.core.org.DisciplinaryLevel;
import io.emulation.core.org.Individual;
import io.emulation.core.period.Period;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each kind of data file read on its good path, Vietnamese text intact. */
class CsvDataReadsTest {
  private final CsvData csv = CsvData.standard();

  @Test
  void measurementsCarryValueTargetAndSource() {
    List<Measurement> read = csv.readMeasurements(new StringReader("""
        participant,criterion,period,value,target,source
        a1,output,2021-Q1,50,,
        a1,output,2021-Q2,-62.75,70,Hệ thống ERP của Phân xưởng Cơ khí
        """), "measurements.csv");

    assertThat(read).containsExactly(
        new Measurement("a1", "output", Period.quarter(2021, 1), new BigDecimal("50"),
            Optional.empty(), "measurements.csv:2"),
        new Measurement("a1", "output", Period.quarter(2021, 2), new BigDecimal("-62.75"),
            Optional.of(new BigDecimal("70")), "Hệ thống ERP của Phân xưởng Cơ khí"));
  }

  @Test
  void measurementSourceDefaultsToFileAndLineOfItsRow() {
    List<Measurement> read = csv.readMeasurements(new StringReader(
        "participant,criterion,period,value\n\n\nb1,safety,2021-H1,0\n"), "data/q.csv");

    assertThat(read).extracting(Measurement::source).containsExactly("data/q.csv:4");
  }

  @Test
  void optionalColumnsMayBeLeftOutOfTheHeader() {
    List<Measurement> read = csv.readMeasurements(new StringReader(
        "period,value,criterion,participant\n2021,12.5,output,a1\n"), "m.csv");

    assertThat(read).containsExactly(new Measurement("a1", "output", Period.year(2021),
        new BigDecimal("12.5"), Optional.empty(), "m.csv:2"));
  }

  @Test
  void adjustmentsKeepTheirVietnameseReasons() {
    List<Adjustment> read = csv.readAdjustments(new StringReader("""
        participant,period,kind,points,reason
        a1,2021-Q2,bonus,2,Giúp đỡ tổ mới của Nguyễn Thị Ánh
        a2,2021-H1,PENALTY,1.5,Đi muộn hai lần
        """), "adjustments.csv");

    assertThat(read).containsExactly(
        Adjustment.bonus("a1", Period.quarter(2021, 2), new BigDecimal("2"),
            "Giúp đỡ tổ mới của Nguyễn Thị Ánh"),
        Adjustment.penalty("a2", Period.half(2021, 1), new BigDecimal("1.5"),
            "Đi muộn hai lần"));
  }

  @Test
  void registrationsAnswerWhoRegisteredForWhat() {
    Registrations read = csv.readRegistrations(new StringReader("""
        participant,award
        a1,lao-dong-tien-tien
        a1,chien-si-thi-dua-co-so
        w1,tap-the-lao-dong-tien-tien
        """), "registrations.csv");

    assertThat(read.isRegistered("a1", "chien-si-thi-dua-co-so")).isTrue();
    assertThat(read.isRegistered("w1", "tap-the-lao-dong-tien-tien")).isTrue();
    assertThat(read.isRegistered("w1", "lao-dong-tien-tien")).isFalse();
  }

  @Test
  void registrationPairsKeepFileOrder() {
    ImmutableSetMultimap<String, String> read = csv.readRegistrationPairs(new StringReader(
        "participant,award\nb1,giay-khen\na1,lao-dong-tien-tien\nb1,lao-dong-tien-tien\n"),
        "registrations.csv");

    assertThat(read.entries()).extracting(e -> e.getKey() + "=" + e.getValue()).containsExactly(
        "b1=giay-khen", "b1=lao-dong-tien-tien", "a1=lao-dong-tien-tien");
  }

  @Test
  void historyAcceptsKebabCaseAndEnumNames() {
    List<PastAward> read = csv.readPastAwards(new StringReader("""
        participant,award,period,kind
        a1,lao-dong-tien-tien,2019,emulation-title
        a1,lao-dong-tien-tien,2020,EMULATION_TITLE
        a1,giay-khen,2020,Commendation
        a1,khen-dot-xuat,2020-05,ad_hoc
        a1,chuyen-de,2020-H2,themed
        """), "history.csv");

    assertThat(read).extracting(PastAward::kind).containsExactly(AwardKind.EMULATION_TITLE,
        AwardKind.EMULATION_TITLE, AwardKind.COMMENDATION, AwardKind.AD_HOC, AwardKind.THEMED);
    assertThat(read.get(3)).isEqualTo(
        new PastAward("a1", "khen-dot-xuat", Period.month(2020, 5), AwardKind.AD_HOC));
  }

  @Test
  void historyIsAnAwardHistoryByParticipant() {
    AwardHistory read = csv.readHistory(new StringReader("""
        participant,award,period,kind
        a1,lao-dong-tien-tien,2020,emulation-title
        b1,giay-khen,2020,commendation
        """), "history.csv");

    assertThat(read.grantsTo("b1")).containsExactly(
        new PastAward("b1", "giay-khen", Period.year(2020), AwardKind.COMMENDATION));
    assertThat(read.grantsTo("c9")).isEmpty();
  }

  @Test
  void initiativesKeepTheirVietnameseTitles() {
    List<Initiative> read = csv.readInitiatives(new StringReader("""
        participant,title,reach,period
        a1,Cải tiến đồ gá hàn của Phân xưởng Cơ khí,grassroots,2021-Q2
        b1,"Dây chuyền sơn tĩnh điện, giai đoạn 2",NATIONAL,2021
        """), "initiatives.csv");

    assertThat(read).containsExactly(
        new Initiative("a1", "Cải tiến đồ gá hàn của Phân xưởng Cơ khí", AwardLevel.GRASSROOTS,
            Period.quarter(2021, 2)),
        new Initiative("b1", "Dây chuyền sơn tĩnh điện, giai đoạn 2", AwardLevel.NATIONAL,
            Period.year(2021)));
  }

  @Test
  void individualsCarryEveryFact() {
    List<Individual> read = csv.readIndividuals(new StringReader("""
        id,name,unit,hired,discipline,underReview,directProduction
        a1,Nguyễn Thị Ánh,co-khi,2019-03-01,reprimand,yes,TRUE
        """), "individuals.csv");

    assertThat(read).containsExactly(Individual.of("a1", "Nguyễn Thị Ánh", "co-khi")
        .withHireDate(LocalDate.of(2019, 3, 1)).withDiscipline(DisciplinaryLevel.REPRIMAND)
        .withUnderReview(true).withDirectProduction(true));
  }

  @Test
  void individualsDefaultToNoDisciplineNotUnderReviewAndNoHireDate() {
    List<Individual> read = csv.readIndividuals(new StringReader("""
        id,name,unit,hired,discipline,underReview,directProduction
        b1,Lê Hoàng Cường,dien,,,,no
        """), "individuals.csv");

    assertThat(read).containsExactly(Individual.of("b1", "Lê Hoàng Cường", "dien"));
  }

  @Test
  void individualsAcceptTheSpelledOutDisciplineLevels() {
    List<Individual> read = csv.readIndividuals(new StringReader("""
        id,name,unit,discipline
        c1,Phạm Văn Dũng,dien,removal-from-post
        c2,Hoàng Thị Em,dien,REMOVAL_FROM_POST
        """), "individuals.csv");

    assertThat(read).extracting(Individual::discipline)
        .containsOnly(DisciplinaryLevel.REMOVAL_FROM_POST);
  }

  @Test
  void headerOnlyFileHasNoRows() {
    assertThat(csv.readMeasurements(new StringReader("participant,criterion,period,value\n"),
        "m.csv")).isEmpty();
  }
}
