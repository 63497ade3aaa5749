package io.emulation.core.preset;

import static org.assertj.core.api.Assertions.assertThat;

import io.emulation.core.award.Award;
import io.emulation.core.award.AwardRuleSet;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cash of each preset award against the domain notes: "Cash (Decree 98/2023, multiples of
 * the base salary): national CSTĐ 4.5; ministry CSTĐ 3.0; CSTĐCS 1.0; LĐTT/CSTT 0.3; TTLĐXS 1.5."
 */
class PresetCashTest {

  @ParameterizedTest(name = "{0} {1}: {2} × base salary")
  @CsvSource({
      "law2022, lao-dong-tien-tien, 0.3",
      "law2022, chien-si-thi-dua-co-so, 1.0",
      "law2022, chien-si-thi-dua-cap-bo, 3.0",
      "law2022, tap-the-lao-dong-xuat-sac, 1.5",
      "army, chien-si-tien-tien, 0.3",
      "army, chien-si-thi-dua-co-so, 1.0",
      "army, don-vi-quyet-thang, 1.5"})
  void cashMultipleIsTheDecreesMultipleOfTheBaseSalary(String pack, String awardId,
      BigDecimal multiple) {
    Award award = pack(pack).rule(awardId).orElseThrow().award();

    assertThat(award.cashMultiple()).hasValueSatisfying(
        cash -> assertThat(cash).isEqualByComparingTo(multiple));
  }

  @ParameterizedTest(name = "{0} {1}: no cash listed")
  @CsvSource({
      "law2022, tap-the-lao-dong-tien-tien",
      "law2022, giay-khen",
      "army, don-vi-tien-tien"})
  void awardsTheDomainGivesNoCashForHaveNone(String pack, String awardId) {
    assertThat(pack(pack).rule(awardId).orElseThrow().award().cashMultiple()).isEmpty();
  }

  private static AwardRuleSet pack(String name) {
    return name.equals("army") ? Presets.army() : Presets.law2022();
  }
}
