package io.emulation.examples.seed;

import io.emulation.examples.seed.SeedParameters.UnitPlan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * Writes the seed campaign's data files from the drawn people: {@code individuals.csv}, {@code
 * measurements.csv} (2021-Q1 and 2021-Q2, and the same quarters of 2020 for the growth
 * criterion), {@code adjustments.csv}, {@code registrations.csv} and {@code initiatives.csv}.
 * Collectives' figures are their members' sums, so a team, its workshop and the factory agree.
 */
final class SeedData {
  static final String[] QUARTERS = {"2021-Q1", "2021-Q2"};
  static final String[] LAST_YEAR = {"2020-Q1", "2020-Q2"};
  /** Revenue per million VND of production value planned. */
  private static final double REVENUE_FACTOR = 1.25;
  private static final List<String> INITIATIVES = List.of(
      "Cải tiến đồ gá kẹp phôi", "Chế tạo dưỡng kiểm nhanh", "Hợp lý hóa quy trình cấp phôi",
      "Cải tiến chế độ cắt giảm thời gian gia công", "Thiết kế khuôn dùng chung cho hai chi tiết",
      "Tận dụng phôi thừa làm chi tiết phụ", "Cải tiến hệ thống hút bụi",
      "Số hóa sổ theo dõi thiết bị", "Giảm tiêu hao điện năng lò nung",
      "Cải tiến dụng cụ tháo lắp nhanh", "Chuẩn hóa phiếu kiểm tra chất lượng",
      "Tự động hóa báo cáo sản lượng");

  private final SeedParameters parameters;
  private final List<SeedPerson> people;

  SeedData(SeedParameters parameters, List<SeedPerson> people) {
    this.parameters = parameters;
    this.people = people;
  }

  String individuals() {
    CsvText csv = new CsvText("id", "name", "unit", "hired", "discipline", "underReview",
        "directProduction");
    for (SeedPerson p : people) {
      csv.row(p.id, p.name, p.unitId, p.hired, p.discipline, p.underReview ? "yes" : "no",
          p.worker ? "yes" : "no");
    }
    return csv.toString();
  }

  String measurements() {
    CsvText csv = new CsvText("participant", "criterion", "period", "value", "target");
    for (SeedPerson p : people) {
      for (int q = 0; q < 2; q++) {
        csv.row(p.id, "ke-hoach", QUARTERS[q], value(p, q), decimal(p.plan[q]));
      }
      for (int q = 0; q < 2; q++) {
        csv.row(p.id, "an-toan", QUARTERS[q], p.incidents[q], null);
      }
      for (int q = 0; q < 2; q++) {
        if (p.initiatives[q] > 0) {
          csv.row(p.id, "sang-kien", QUARTERS[q], p.initiatives[q], null);
        }
      }
    }
    SplittableRandom random = new SplittableRandom(parameters.seed() + 1);
    Map<String, double[]> growth = growth(random.split());
    for (UnitPlan unit : parameters.units()) {
      SplittableRandom unitRandom = random.split();
      unitRows(csv, unit, unit.id(), p -> p.topUnitId.equals(unit.id()), unitRandom, growth);
      for (int t = 0; t < unit.teams().size(); t++) {
        String team = unit.teamId(t);
        unitRows(csv, null, team, p -> p.unitId.equals(team), unitRandom, growth);
      }
    }
    return csv.toString();
  }

  /** Rows of one collective; {@code unit} is given for a top-level unit, null for a team. */
  private void unitRows(CsvText csv, UnitPlan unit, String id, Predicate<SeedPerson> member,
      SplittableRandom random, Map<String, double[]> growth) {
    List<SeedPerson> members = people.stream().filter(member).toList();
    boolean production = unit == null || unit.workshop();
    for (int q = 0; q < 2; q++) {
      int quarter = q;
      if (production) {
        csv.row(id, "dv-ke-hoach", QUARTERS[q], sum(members, p -> production(p, quarter)),
            sum(members, p -> p.worker ? decimal(p.plan[quarter]) : BigDecimal.ZERO));
      } else {
        BigDecimal mean = sum(members, p -> value(p, quarter))
            .divide(BigDecimal.valueOf(members.size()), 1, RoundingMode.HALF_UP);
        csv.row(id, "dv-ke-hoach", QUARTERS[q], mean, "100");
      }
    }
    if (unit != null && unit.workshop()) {
      for (int q = 0; q < 2; q++) {
        int quarter = q;
        double plan = sum(members, p -> p.worker ? decimal(p.plan[quarter]) : BigDecimal.ZERO)
            .doubleValue() * REVENUE_FACTOR;
        double actual = sum(members, p -> production(p, quarter)).doubleValue() * REVENUE_FACTOR
            * (1 + 0.015 * SeedWorkforce.gaussian(random));
        csv.row(id, "dv-doanh-thu", QUARTERS[q], decimal(actual), decimal(plan));
      }
      double[] lastYear = growth.get(id);
      for (int q = 0; q < 2; q++) {
        csv.row(id, "dv-tang-truong", LAST_YEAR[q], decimal(lastYear[q]), null);
      }
      for (int q = 0; q < 2; q++) {
        int quarter = q;
        csv.row(id, "dv-tang-truong", QUARTERS[q], sum(members, p -> production(p, quarter)),
            null);
      }
    }
    for (int q = 0; q < 2; q++) {
      int quarter = q;
      csv.row(id, "dv-an-toan", QUARTERS[q], members.stream().mapToInt(p -> p.incidents[quarter])
          .sum(), null);
    }
  }

  /**
   * Last year's production value of every workshop per quarter: this year's divided by one plus
   * the workshop's own growth (drawn around the factory's), then scaled so that the factory as
   * a whole grew by exactly {@link SeedParameters#growthPercent()}.
   */
  private Map<String, double[]> growth(SplittableRandom random) {
    Map<String, double[]> lastYear = new LinkedHashMap<>();
    double thisYearTotal = 0;
    double lastYearTotal = 0;
    for (UnitPlan unit : parameters.units()) {
      if (!unit.workshop()) {
        continue;
      }
      double growth = (parameters.growthPercent() + 3 * SeedWorkforce.gaussian(random)) / 100;
      double[] values = new double[2];
      for (int q = 0; q < 2; q++) {
        int quarter = q;
        double now = sum(people.stream().filter(p -> p.topUnitId.equals(unit.id())).toList(),
            p -> production(p, quarter)).doubleValue();
        values[q] = now / (1 + growth);
        thisYearTotal += now;
        lastYearTotal += values[q];
      }
      lastYear.put(unit.id(), values);
    }
    double scale = thisYearTotal / (1 + parameters.growthPercent() / 100) / lastYearTotal;
    List<double[]> all = new ArrayList<>(lastYear.values());
    all.forEach(values -> {
      values[0] *= scale;
      values[1] *= scale;
    });
    return lastYear;
  }

  String adjustments() {
    CsvText csv = new CsvText("participant", "period", "kind", "points", "reason");
    for (SeedPerson p : people) {
      for (int q = 0; q < 2; q++) {
        for (String reason : p.violations.get(q)) {
          csv.row(p.id, QUARTERS[q], "penalty", "2", reason);
        }
      }
      if (p.bonusReason != null) {
        csv.row(p.id, QUARTERS[p.bonusQuarter], "bonus", "2", p.bonusReason);
      }
    }
    return csv.toString();
  }

  String registrations() {
    CsvText csv = new CsvText("participant", "award");
    for (SeedPerson p : people) {
      if (p.registered) {
        csv.row(p.id, "chien-si-tien-tien");
        if (p.initiativeCount() > 0) {
          csv.row(p.id, "chien-si-thi-dua-co-so");
        }
      }
    }
    return csv.toString();
  }

  String initiatives() {
    Map<String, String> names = new LinkedHashMap<>();
    for (UnitPlan unit : parameters.units()) {
      names.put(unit.id(), unit.name());
      for (int t = 0; t < unit.teams().size(); t++) {
        names.put(unit.teamId(t), unit.teams().get(t).name() + ", " + unit.name());
      }
    }
    CsvText csv = new CsvText("participant", "title", "reach", "period");
    int n = 0;
    for (SeedPerson p : people) {
      for (int q = 0; q < 2; q++) {
        for (int i = 0; i < p.initiatives[q]; i++) {
          csv.row(p.id, INITIATIVES.get(n++ % INITIATIVES.size()) + " – " + names.get(p.unitId),
              "grassroots", QUARTERS[q]);
        }
      }
    }
    return csv.toString();
  }

  /** A person's value in a quarter: million VND for workers, percent of plan for others. */
  static BigDecimal value(SeedPerson p, int quarter) {
    return decimal(p.plan[quarter] * p.percent[quarter] / 100);
  }

  /** A worker's production value in a quarter; zero for managers and clerks. */
  static BigDecimal production(SeedPerson p, int quarter) {
    return p.worker ? value(p, quarter) : BigDecimal.ZERO;
  }

  private static BigDecimal decimal(double value) {
    return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
  }

  private static BigDecimal sum(List<SeedPerson> members,
      java.util.function.Function<SeedPerson, BigDecimal> value) {
    return members.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
