package io.emulation.examples.seed;

import static io.emulation.examples.seed.SeedParameters.Strength.FAIR;
import static io.emulation.examples.seed.SeedParameters.Strength.GOOD;
import static io.emulation.examples.seed.SeedParameters.Strength.STRONG;
import static io.emulation.examples.seed.SeedParameters.Strength.WEAK;

import io.emulation.examples.seed.SeedParameters.Strength;
import io.emulation.examples.seed.SeedParameters.TeamPlan;
import io.emulation.examples.seed.SeedParameters.UnitPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed factory's fifteen units: ten workshops (phân xưởng) with their teams (tổ) and five
 * departments (phòng). The two precision-machining workshops work in small, strong teams; the
 * rest of the factory works around its plan. This table is the main calibration knob of the
 * seed campaign (see {@code examples/seed-campaign/README.md}).
 */
final class SeedUnits {
  private SeedUnits() {}

  static List<UnitPlan> standard() {
    return List.of(
        workshop("px-co-khi-1", "Phân xưởng Cơ khí 1", FAIR, 180, 0.85,
            team("Tổ Tiện 1", 5, STRONG), team("Tổ Tiện 2", 5, STRONG),
            team("Tổ Phay", 5, STRONG), team("Tổ Mài", 5, STRONG),
            team("Tổ Nguội", 5, STRONG), team("Tổ Doa", 5, STRONG),
            team("Tổ Bào", 5, STRONG)),
        workshop("px-co-khi-2", "Phân xưởng Cơ khí 2", FAIR, 210, 0.85,
            team("Tổ Tiện CNC", 5, STRONG), team("Tổ Phay CNC", 5, STRONG),
            team("Tổ Trung tâm gia công", 5, STRONG), team("Tổ Nguội lắp", 5, STRONG),
            team("Tổ Đo kiểm", 5, STRONG)),
        workshop("px-dung-cu", "Phân xưởng Dụng cụ", FAIR, 170, 0.8,
            team("Tổ Khuôn mẫu", 3, STRONG), team("Tổ Đồ gá", 3, STRONG),
            team("Tổ Dụng cụ cắt", 3, STRONG), team("Tổ Dụng cụ đo", 3, STRONG),
            team("Tổ Mài sắc", 3, STRONG), team("Tổ Sửa chữa dụng cụ", 3, STRONG)),
        workshop("px-lap-rap", "Phân xưởng Lắp ráp", FAIR, 160, 0.75,
            team("Tổ Lắp ráp 1", 5, STRONG), team("Tổ Lắp ráp 2", 5, STRONG),
            team("Tổ Lắp ráp 3", 8, FAIR), team("Tổ Hiệu chỉnh", 8, FAIR),
            team("Tổ Đóng gói", 8, FAIR)),
        workshop("px-duc", "Phân xưởng Đúc", FAIR, 150, 0.85,
            team("Tổ Làm khuôn", 11, FAIR), team("Tổ Nấu luyện", 11, FAIR),
            team("Tổ Làm sạch", 11, WEAK)),
        workshop("px-ren-dap", "Phân xưởng Rèn dập", FAIR, 160, 0.9,
            team("Tổ Rèn", 11, FAIR), team("Tổ Dập nóng", 11, FAIR),
            team("Tổ Dập nguội", 11, FAIR)),
        workshop("px-nhiet-luyen", "Phân xưởng Nhiệt luyện", FAIR, 140, 0.8,
            team("Tổ Tôi", 8, FAIR), team("Tổ Ram", 8, FAIR), team("Tổ Thấm", 8, FAIR)),
        workshop("px-son-ma", "Phân xưởng Sơn mạ", WEAK, 120, 0.6,
            team("Tổ Mạ", 10, WEAK), team("Tổ Sơn", 10, WEAK),
            team("Tổ Xử lý bề mặt", 10, FAIR)),
        workshop("px-co-dien", "Phân xưởng Cơ điện", FAIR, 110, 0.9,
            team("Tổ Sửa chữa cơ", 11, FAIR), team("Tổ Điện", 11, FAIR),
            team("Tổ Bảo dưỡng", 11, WEAK)),
        workshop("px-dong-luc", "Phân xưởng Động lực", WEAK, 100, 0.9,
            team("Tổ Khí nén", 10, WEAK), team("Tổ Nồi hơi", 10, FAIR),
            team("Tổ Cấp nước", 10, WEAK)),
        department("p-ke-hoach", "Phòng Kế hoạch – Kinh doanh", 16, FAIR, 0.5),
        department("p-ky-thuat", "Phòng Kỹ thuật – Công nghệ", 18, FAIR, 0.7),
        department("p-kcs", "Phòng Kiểm tra chất lượng (KCS)", 14, FAIR, 0.5),
        department("p-tai-chinh", "Phòng Tài chính – Kế toán", 12, FAIR, 0.2),
        department("p-chinh-tri", "Phòng Chính trị – Hành chính", 14, FAIR, 0.5));
  }

  private static UnitPlan workshop(String id, String name, Strength managers, double quarterPlan,
      double maleShare, TeamPlan... teams) {
    return new UnitPlan(id, name, true, 3, managers, quarterPlan, maleShare,
        new ArrayList<>(List.of(teams)));
  }

  private static UnitPlan department(String id, String name, int staff, Strength strength,
      double maleShare) {
    return new UnitPlan(id, name, false, staff, strength, 0, maleShare, List.of());
  }

  private static TeamPlan team(String name, int size, Strength strength) {
    return new TeamPlan(name, size, strength);
  }
}
