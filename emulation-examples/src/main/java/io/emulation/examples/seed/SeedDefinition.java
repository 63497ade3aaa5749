package io.emulation.examples.seed;

import io.emulation.examples.seed.SeedParameters.UnitPlan;
import java.util.ArrayList;
import java.util.List;

/** Writes {@code campaign.yaml}: the campaign, its criteria and grading, and the army pack. */
final class SeedDefinition {
  static final String ROOT = "nha-may";

  private static final String HEAD = """
      # The seed campaign: an army factory's "Quyết thắng" emulation campaign of 2021, modelled on
      # the factory's report of the first half-year (19 collectives and 73 individuals commended;
      # production value, revenue and income up 10% on the same period of 2020).
      # Generated with the CSV files beside it by io.emulation.examples.seed.SeedCampaignGenerator;
      # regenerate rather than edit (see README.md).
      formatVersion: 1
      campaign:
        id: quyet-thang-2021
        name: Phong trào thi đua Quyết thắng năm 2021
        theme: Mẫu mực, kỷ cương, sáng tạo, quyết thắng
        period: 2021
        # Each criterion scores 0..100 and counts by its weight; a criterion a collective has no
        # figure for (revenue and growth of a team or department) leaves the mean.
        totals: weighted-mean
      organisation:
        individualsFile: individuals.csv
        units:
      """;

  private static final String CRITERIA = """
      criteria:
      # Individuals: 70% plan, 20% safety, 10% initiatives; discipline is penalty points
      # (adjustments.csv, 2 points per violation).
      - id: ke-hoach
        name: Hoàn thành kế hoạch giá trị sản xuất, khối lượng công việc
        group: Sản xuất
        weight: 70
        formula: emulation:linear
        # 100% of plan gives 80 points, each percent above it 2 more, up to 100 at 110%.
        parameters: {maxPoints: 80, bonusPerPercent: 2, maxBonus: 20}
      - id: an-toan
        name: An toàn tuyệt đối (sự cố nghiêm trọng)
        group: An toàn
        weight: 20
        formula: emulation:pass-fail
        parameters: {threshold: 0, passPoints: 100}
        direction: lower-is-better
        veto: true
      - id: sang-kien
        name: Sáng kiến, cải tiến kỹ thuật được công nhận
        group: Sáng tạo
        weight: 10
        formula: emulation:per-occurrence
        parameters: {pointsPer: 50, maxPoints: 100}
        whenMissing: zero
      # Collectives: 50% plan, 20% revenue, 10% growth on last year, 20% safety.
      - id: dv-ke-hoach
        name: Giá trị sản xuất (khối lượng công việc) của đơn vị so với kế hoạch
        group: Sản xuất
        appliesTo: collective
        weight: 50
        formula: emulation:linear
        parameters: {maxPoints: 80, bonusPerPercent: 2, maxBonus: 20}
      - id: dv-doanh-thu
        name: Doanh thu so với kế hoạch
        group: Kinh doanh
        appliesTo: collective
        weight: 20
        formula: emulation:linear
        parameters: {maxPoints: 80, bonusPerPercent: 2, maxBonus: 20}
        whenMissing: not-applicable
      - id: dv-tang-truong
        name: Tăng trưởng giá trị sản xuất so với cùng kỳ năm trước
        group: Kinh doanh
        appliesTo: collective
        weight: 10
        formula: emulation:growth
        parameters: {maxPoints: 100, targetGrowth: 10}
        yearOverYear: true
        whenMissing: not-applicable
      - id: dv-an-toan
        name: An toàn tuyệt đối của đơn vị
        group: An toàn
        appliesTo: collective
        weight: 20
        formula: emulation:pass-fail
        parameters: {threshold: 0, passPoints: 100}
        direction: lower-is-better
        veto: true
      # The factory's regulation: "good" means clearly above plan (about 103%, or at plan with
      # an initiative) and a clean record (kỷ cương: penalty points no more than bonus points);
      # a failed veto (a serious incident) caps the grade at "completed".
      grading:
        individuals:
          bands:
          - {grade: EXCELLENT, min: 90, requires: [{penaltyAtMostShareOfBonus: 1}]}
          - {grade: GOOD, min: 80, requires: [{penaltyAtMostShareOfBonus: 1}]}
          - {grade: COMPLETED, min: 60}
          otherwise: {grade: NOT_COMPLETED}
          vetoCap: COMPLETED
      ranking:
        keys: [total, direct-production-first]
      # The army's titles: Chiến sĩ tiên tiến (at most 40% of the headcount), Chiến sĩ thi đua
      # cơ sở, Đơn vị tiên tiến (more than 50% of members hold Chiến sĩ tiên tiến), Đơn vị quyết
      # thắng.
      awards:
        preset: army
      """;

  private SeedDefinition() {}

  static String text(SeedParameters parameters) {
    StringBuilder yaml = new StringBuilder(HEAD);
    List<String> collectives = new ArrayList<>();
    yaml.append("  - {id: ").append(ROOT).append(", name: Nhà máy Z}\n");
    for (UnitPlan unit : parameters.units()) {
      yaml.append("  - {id: ").append(unit.id()).append(", name: ").append(unit.name())
          .append(", parent: ").append(ROOT).append("}\n");
      collectives.add(unit.id());
      for (int t = 0; t < unit.teams().size(); t++) {
        yaml.append("  - {id: ").append(unit.teamId(t)).append(", name: ")
            .append(unit.teams().get(t).name()).append(", parent: ").append(unit.id())
            .append("}\n");
        collectives.add(unit.teamId(t));
      }
    }
    yaml.append("  # every workshop, team and department competes as a collective\n");
    yaml.append("  collectives:\n");
    collectives.forEach(id -> yaml.append("  - ").append(id).append('\n'));
    return yaml.append(CRITERIA).toString();
  }
}
