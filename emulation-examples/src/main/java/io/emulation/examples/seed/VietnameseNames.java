package io.emulation.examples.seed;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws Vietnamese full names, họ + tên đệm + tên, from fixed lists: the family name weighted
 * roughly as it is spread in the population (Nguyễn for about a third), the middle and given
 * names from lists for men and for women. Deterministic for a given random source.
 *
 * @since 0.1
 */
public final class VietnameseNames {
  /** Family names with weights (per thousand, rounded; the rest share the last entries). */
  private static final List<String> FAMILY = List.of(
      "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
      "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Đoàn", "Lương");
  private static final int[] FAMILY_WEIGHT = {
      340, 110, 95, 70, 50, 20, 45, 40, 30, 25, 25, 20, 15, 15, 15, 10, 20, 15, 15, 25};
  private static final List<String> MIDDLE_MEN = List.of(
      "Văn", "Văn", "Văn", "Đức", "Quang", "Minh", "Hữu", "Công", "Xuân", "Thanh", "Ngọc", "Tiến",
      "Mạnh", "Trọng", "Duy");
  private static final List<String> MIDDLE_WOMEN = List.of(
      "Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Hồng", "Minh", "Phương", "Kim", "Thùy");
  private static final List<String> GIVEN_MEN = List.of(
      "An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hiếu", "Hùng", "Huy", "Khánh", "Kiên", "Long",
      "Nam", "Phong", "Phúc", "Quân", "Sơn", "Tâm", "Thắng", "Thành", "Toàn", "Trung", "Tuấn",
      "Tùng", "Việt", "Vinh", "Chiến", "Lực", "Hưng", "Quyết");
  private static final List<String> GIVEN_WOMEN = List.of(
      "Anh", "Chi", "Dung", "Giang", "Hà", "Hằng", "Hạnh", "Hoa", "Hương", "Lan", "Liên", "Linh",
      "Loan", "Mai", "Nga", "Ngọc", "Nhung", "Oanh", "Phương", "Quỳnh", "Thảo", "Thủy", "Trang",
      "Tuyết", "Vân", "Yến");

  private VietnameseNames() {}

  /** A full name for a man ({@code male}) or a woman, drawn from {@code random}. */
  public static String draw(SplittableRandom random, boolean male) {
    String family = weighted(random);
    String middle = pick(random, male ? MIDDLE_MEN : MIDDLE_WOMEN);
    String given = pick(random, male ? GIVEN_MEN : GIVEN_WOMEN);
    return family + " " + middle + " " + given;
  }

  private static String weighted(SplittableRandom random) {
    int total = 0;
    for (int weight : FAMILY_WEIGHT) {
      total += weight;
    }
    int draw = random.nextInt(total);
    for (int i = 0; i < FAMILY_WEIGHT.length; i++) {
      draw -= FAMILY_WEIGHT[i];
      if (draw < 0) {
        return FAMILY.get(i);
      }
    }
    throw new AssertionError("weights cover every draw");
  }

  private static String pick(SplittableRandom random, List<String> names) {
    return names.get(random.nextInt(names.size()));
  }
}
