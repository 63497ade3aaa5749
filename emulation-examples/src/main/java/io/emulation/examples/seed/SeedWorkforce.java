package io.emulation.examples.seed;

import io.emulation.examples.seed.SeedParameters.Strength;
import io.emulation.examples.seed.SeedParameters.UnitPlan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws the seed factory's people, in unit order (a workshop's managers, then its teams; a
 * department's staff), each from a {@link SplittableRandom} split off the master one, so a
 * person's draws do not depend on what is drawn for the others. Then places the events the
 * parameters name (serious incidents, a warning, a review) with a second random source.
 */
final class SeedWorkforce {
  static final LocalDate FIRST_HIRE = LocalDate.of(1992, 1, 1);
  static final LocalDate LAST_EARLY_HIRE = LocalDate.of(2020, 12, 1);
  static final LocalDate FIRST_NEW_HIRE = LocalDate.of(2021, 1, 4);

  private static final List<String> VIOLATIONS = List.of(
      "Đi muộn không có lý do", "Không sử dụng đầy đủ trang bị bảo hộ lao động",
      "Vi phạm nội quy phân xưởng", "Nghỉ việc không báo trước",
      "Để vật tư sai quy định", "Không thực hiện đúng quy trình bàn giao ca");
  private static final List<String> BONUSES = List.of(
      "Hiến máu tình nguyện", "Giúp đồng đội hoàn thành kế hoạch",
      "Đề xuất tiết kiệm vật tư được áp dụng", "Tích cực trong phong trào văn hóa, thể thao");

  private SeedWorkforce() {}

  static List<SeedPerson> draw(SeedParameters parameters) {
    SplittableRandom master = new SplittableRandom(parameters.seed());
    List<SeedPerson> people = new ArrayList<>();
    for (UnitPlan unit : parameters.units()) {
      for (int i = 0; i < unit.staff(); i++) {
        people.add(person(people.size() + 1, unit.id(), unit, false, unit.strength(),
            master.split(), parameters));
      }
      for (int t = 0; t < unit.teams().size(); t++) {
        for (int i = 0; i < unit.teams().get(t).size(); i++) {
          people.add(person(people.size() + 1, unit.teamId(t), unit, true,
              unit.teams().get(t).strength(), master.split(), parameters));
        }
      }
    }
    place(people, parameters, master.split());
    return people;
  }

  /** One person; the order of the draws is fixed, so each value has its own stream position. */
  private static SeedPerson person(int number, String unitId, UnitPlan unit, boolean worker,
      Strength strength, SplittableRandom random, SeedParameters parameters) {
    SeedPerson p = new SeedPerson(String.format("nv%03d", number), unitId, unit.id(),
        worker && unit.workshop());
    boolean male = random.nextDouble() < unit.maleShare();
    p.name = VietnameseNames.draw(random, male);
    p.hired = random.nextDouble() < parameters.newHireRate()
        ? FIRST_NEW_HIRE.plusDays(random.nextInt(140))
        : FIRST_HIRE.plusDays(random.nextInt((int) (LAST_EARLY_HIRE.toEpochDay()
            - FIRST_HIRE.toEpochDay())));
    double overall = strength.meanPercent() + strength.spreadPercent() * gaussian(random);
    double shift = 1.5 * gaussian(random);
    p.percent[0] = overall - shift;
    p.percent[1] = overall + shift;
    double plan = p.worker ? Math.round(unit.quarterPlan() * (0.85 + 0.3 * random.nextDouble()))
        : 100;
    p.plan[0] = plan;
    p.plan[1] = p.worker ? Math.round(plan * 1.05) : 100;
    int initiatives = poisson(random, strength.initiatives());
    for (int i = 0; i < initiatives; i++) {
      p.initiatives[random.nextInt(2)]++;
    }
    int violations = poisson(random, strength.violations());
    for (int i = 0; i < violations; i++) {
      p.violations.get(random.nextInt(2)).add(VIOLATIONS.get(random.nextInt(VIOLATIONS.size())));
    }
    if (random.nextDouble() < parameters.bonusRate()) {
      p.bonusReason = BONUSES.get(random.nextInt(BONUSES.size()));
      p.bonusQuarter = random.nextInt(2);
    }
    p.registered = random.nextDouble() < parameters.registrationRate();
    if (random.nextDouble() < parameters.reprimandRate()) {
      p.discipline = "reprimand";
    }
    return p;
  }

  /** Places the named events on one member of each named unit, drawn from {@code random}. */
  private static void place(List<SeedPerson> people, SeedParameters parameters,
      SplittableRandom random) {
    for (String team : parameters.incidentTeams()) {
      pick(people, team, random).incidents[1]++;
    }
    for (String unit : parameters.warningUnits()) {
      pick(people, unit, random).discipline = "warning";
    }
    for (String unit : parameters.reviewUnits()) {
      pick(people, unit, random).underReview = true;
    }
  }

  private static SeedPerson pick(List<SeedPerson> people, String unitId,
      SplittableRandom random) {
    List<SeedPerson> members = people.stream().filter(p -> p.unitId.equals(unitId)).toList();
    if (members.isEmpty()) {
      throw new IllegalArgumentException("no one works in unit '" + unitId + "'");
    }
    return members.get(random.nextInt(members.size()));
  }

  /** A standard normal draw (Box-Muller with {@link StrictMath}, the same on every JVM). */
  static double gaussian(SplittableRandom random) {
    double u = 1.0 - random.nextDouble();
    double v = random.nextDouble();
    return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
  }

  /** A Poisson draw with the given mean, by inversion. */
  static int poisson(SplittableRandom random, double mean) {
    double u = random.nextDouble();
    double p = StrictMath.exp(-mean);
    double cumulative = p;
    int k = 0;
    while (u > cumulative && k < 20) {
      k++;
      p *= mean / k;
      cumulative += p;
    }
    return k;
  }
}
