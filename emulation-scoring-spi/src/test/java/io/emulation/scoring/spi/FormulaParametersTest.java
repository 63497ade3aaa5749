package io.emulation.scoring.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.BIG_DECIMAL;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaParametersTest {

  private static FormulaParameters single(String name, Object value) {
    return FormulaParameters.builder().put(name, value).build();
  }

  @Nested
  class Conversion {

    @Test
    void convertsIntegerToBigDecimal() {
      assertThat(single("maxPoints", 50).get("maxPoints"))
          .get(BIG_DECIMAL).isEqualByComparingTo("50");
    }

    @Test
    void convertsLongToBigDecimalExactly() {
      assertThat(single("cap", Long.MAX_VALUE).get("cap"))
          .get(BIG_DECIMAL).isEqualByComparingTo(BigDecimal.valueOf(Long.MAX_VALUE));
    }

    @Test
    void convertsDoubleToBigDecimalByItsShortestDecimalText() {
      assertThat(single("rate", 0.1).get("rate"))
          .get(BIG_DECIMAL).isEqualByComparingTo("0.1");
    }

    @Test
    void convertsBigIntegerBeyondLongToBigDecimalExactly() {
      BigInteger huge = new BigInteger("123456789012345678901234567890");

      assertThat(single("huge", huge).get("huge"))
          .get(BIG_DECIMAL).isEqualByComparingTo(new BigDecimal(huge));
    }

    @Test
    void keepsBigDecimalTextAndBooleanAsGiven() {
      FormulaParameters parameters = FormulaParameters.builder()
          .put("points", new BigDecimal("2.50"))
          .put("label", "bonus")
          .put("capped", true)
          .build();

      assertThat(parameters.asMap())
          .containsExactly(
              Map.entry("points", new BigDecimal("2.50")),
              Map.entry("label", "bonus"),
              Map.entry("capped", true));
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void rejectsNonFiniteDoubleNamingTheParameter(double notFinite) {
      assertThatThrownBy(() -> single("rate", notFinite))
          .isInstanceOf(ScoringException.class)
          .hasMessage("parameter 'rate' must be a finite number but was " + notFinite);
    }

    @Test
    void rejectsFloatNaNNamingTheParameter() {
      assertThatThrownBy(() -> single("rate", Float.NaN))
          .isInstanceOf(ScoringException.class)
          .hasMessageContaining("'rate'")
          .hasMessageContaining("NaN");
    }

    @Test
    void rejectsNullValueNamingTheParameter() {
      assertThatThrownBy(() -> single("bonus", null))
          .isInstanceOf(ScoringException.class)
          .hasMessage("parameter 'bonus' must not be null");
    }

    @Test
    void rejectsNullListElementNamingItsIndex() {
      assertThatThrownBy(() -> single("steps", Arrays.asList(1, null)))
          .isInstanceOf(ScoringException.class)
          .hasMessage("parameter 'steps[1]' must not be null");
    }

    @Test
    void rejectsNullInNestedMapNamingBothLevels() {
      Map<String, Object> bonus = new HashMap<>();
      bonus.put("points", null);

      assertThatThrownBy(() -> single("bonus", bonus))
          .isInstanceOf(ScoringException.class)
          .hasMessage("in parameter 'bonus': parameter 'points' must not be null");
    }

    @Test
    void rejectsNullKeyInNestedMapInsteadOfNamingAParameterNull() {
      Map<Object, Object> bonus = new HashMap<>();
      bonus.put(null, 2);

      assertThatThrownBy(() -> single("bonus", bonus))
          .isInstanceOf(ScoringException.class)
          .hasMessage("in parameter 'bonus': formula parameter names must not be blank");
    }

    @Test
    void rejectsUnsupportedTypeNamingTheParameterAndType() {
      assertThatThrownBy(() -> single("when", 'x'))
          .isInstanceOf(ScoringException.class)
          .hasMessageContaining("parameter 'when'")
          .hasMessageContaining("java.lang.Character");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void rejectsBlankName(String blank) {
      assertThatThrownBy(() -> single(blank, 1))
          .isInstanceOf(ScoringException.class)
          .hasMessage("formula parameter names must not be blank");
    }

    @Test
    void turnsNestedMapIntoGroup() {
      FormulaParameters parameters = single("bonus", Map.of("points", 2));

      assertThat(parameters.group("bonus"))
          .hasValueSatisfying(group -> assertThat(group.requireDecimal("points"))
              .isEqualByComparingTo("2"));
    }

    @Test
    void namesGroupEntriesByTheTextOfNonTextKeys() {
      FormulaParameters parameters = single("levels", Map.of(1, "gold"));

      assertThat(parameters.group("levels").orElseThrow().text("1")).contains("gold");
    }

    @Test
    void convertsListElements() {
      FormulaParameters parameters = single("mixed", List.of(1, "a", true, Map.of("x", 0.5)));

      assertThat(parameters.list("mixed").orElseThrow())
          .containsExactly(BigDecimal.ONE, "a", true, single("x", new BigDecimal("0.5")));
    }

    @Test
    void readsListOfMapsAsGroups() {
      FormulaParameters parameters =
          single("bands", List.of(Map.of("from", 0), Map.of("from", 80)));

      assertThat(parameters.requireGroups("bands"))
          .extracting(band -> band.requireDecimal("from"))
          .usingElementComparator(BigDecimal::compareTo)
          .containsExactly(BigDecimal.ZERO, BigDecimal.valueOf(80));
    }

    @Test
    void keepsNamesInTheGivenOrder() {
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("zeta", 1);
      values.put("alpha", 2);
      values.put("mid", 3);

      assertThat(FormulaParameters.of(values).names()).containsExactly("zeta", "alpha", "mid");
    }
  }

  @Nested
  class TypedGetters {
    private final FormulaParameters parameters = FormulaParameters.builder()
        .put("maxPoints", 50)
        .put("label", "fifty")
        .put("capped", true)
        .put("bonus", Map.of("points", 2))
        .put("bands", List.of(Map.of("from", 0), 5))
        .build();

    @Test
    void returnsEmptyForAbsentParameter() {
      assertThat(parameters.decimal("absent")).isEmpty();
    }

    @Test
    void readsText() {
      assertThat(parameters.text("label")).contains("fifty");
    }

    @Test
    void readsFlag() {
      assertThat(parameters.flag("capped")).contains(true);
    }

    @Test
    void decimalOnTextThrowsNamingParameterAndValue() {
      assertThatThrownBy(() -> parameters.decimal("label"))
          .isInstanceOf(ScoringException.class)
          .hasMessage("parameter 'label' must be a number but was 'fifty'");
    }

    @Test
    void textOnNumberThrowsNamingParameterAndValue() {
      assertThatThrownBy(() -> parameters.text("maxPoints"))
          .isInstanceOf(ScoringException.class)
          .hasMessage("parameter 'maxPoints' must be a text but was 50");
    }

    @Test
    void flagOnTextThrowsNamingParameterAndValue() {
      assertThatThrownBy(() -> parameters.flag("label"))
          .isInstanceOf(ScoringException.class)
          .hasMessage("parameter 'label' must be true or false but was 'fifty'");
    }

    @Test
    void groupOnNumberThrowsNamingParameterAndValue() {
      assertThatThrownBy(() -> parameters.group("maxPoints"))
          .isInstanceOf(ScoringException.class)
          .hasMessage("parameter 'maxPoints' must be a group of named values but was 50");
    }

    @Test
    void listOnGroupThrowsNamingParameterAndValue() {
      assertThatThrownBy(() -> parameters.list("bonus"))
          .isInstanceOf(ScoringException.class)
          .hasMessage("parameter 'bonus' must be a list but was a group {points=2}");
    }

    @Test
    void groupsThrowsNamingTheElementThatIsNoGroup() {
      assertThatThrownBy(() -> parameters.groups("bands"))
          .isInstanceOf(ScoringException.class)
          .hasMessage("parameter 'bands[1]' must be a group of named values but was 5");
    }

    @Test
    void requireDecimalReturnsPresentValue() {
      assertThat(parameters.requireDecimal("maxPoints")).isEqualByComparingTo("50");
    }

    @Test
    void requireDecimalThrowsNamingTheMissingParameter() {
      assertThatThrownBy(() -> parameters.requireDecimal("minPoints"))
          .isInstanceOf(ScoringException.class)
          .hasMessage("parameter 'minPoints' (a number) is required");
    }

    @Test
    void requireGroupsThrowsNamingTheMissingParameter() {
      assertThatThrownBy(() -> parameters.requireGroups("tiers"))
          .isInstanceOf(ScoringException.class)
          .hasMessage("parameter 'tiers' (a list of groups) is required");
    }

    @Test
    void requireGroupsOnTextThrowsNamingParameterAndValue() {
      assertThatThrownBy(() -> parameters.requireGroups("label"))
          .isInstanceOf(ScoringException.class)
          .hasMessage("parameter 'label' must be a list but was 'fifty'");
    }
  }

  @Nested
  class Immutability {

    @Test
    void asMapIsUnmodifiable() {
      Map<String, Object> map = single("maxPoints", 50).asMap();

      assertThatThrownBy(() -> map.put("other", BigDecimal.ONE))
          .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void namesAreUnmodifiable() {
      Set<String> names = single("maxPoints", 50).names();

      assertThatThrownBy(() -> names.remove("maxPoints"))
          .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void listIsUnmodifiable() {
      List<Object> list = single("steps", List.of(1, 2)).list("steps").orElseThrow();

      assertThatThrownBy(() -> list.add(BigDecimal.TEN))
          .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void groupsListIsUnmodifiable() {
      List<FormulaParameters> groups =
          single("bands", List.of(Map.of("from", 0))).requireGroups("bands");

      assertThatThrownBy(() -> groups.remove(0))
          .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void laterChangesToTheSourceMapAreNotSeen() {
      Map<String, Object> source = new HashMap<>();
      source.put("maxPoints", 50);
      FormulaParameters parameters = FormulaParameters.of(source);

      source.put("maxPoints", 99);
      source.put("extra", 1);

      assertThat(parameters.names()).containsExactly("maxPoints");
      assertThat(parameters.requireDecimal("maxPoints")).isEqualByComparingTo("50");
    }

    @Test
    void laterChangesToTheSourceListAreNotSeen() {
      List<Object> source = new ArrayList<>(List.of(1, 2));
      FormulaParameters parameters = single("steps", source);

      source.add(3);

      assertThat(parameters.list("steps").orElseThrow()).hasSize(2);
    }
  }

  @Nested
  class Identity {

    @Test
    void equalContentsAreEqualWithEqualHashCodes() {
      FormulaParameters first = FormulaParameters.of(Map.of("maxPoints", 50, "label", "x"));
      FormulaParameters second = FormulaParameters.of(Map.of("maxPoints", 50L, "label", "x"));

      assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
    }

    @Test
    void differentValuesAreNotEqual() {
      assertThat(single("maxPoints", 50)).isNotEqualTo(single("maxPoints", 51));
    }

    @Test
    void differentNamesAreNotEqual() {
      assertThat(single("maxPoints", 50)).isNotEqualTo(single("minPoints", 50));
    }

    @Test
    void nestedGroupsTakePartInEquality() {
      assertThat(single("bonus", Map.of("points", 2)))
          .isEqualTo(single("bonus", single("points", 2)))
          .isNotEqualTo(single("bonus", Map.of("points", 3)));
    }

    @Test
    void toStringShowsNamesAndValues() {
      assertThat(single("maxPoints", 50)).hasToString("{maxPoints=50}");
    }
  }

  @Nested
  class BuilderAndEmpty {

    @Test
    void builderBuildsWhatOfBuilds() {
      FormulaParameters built = FormulaParameters.builder().put("a", 1).put("b", "x").build();

      assertThat(built).isEqualTo(FormulaParameters.of(Map.of("a", 1, "b", "x")));
    }

    @Test
    void builderPutReplacesEarlierValueOfSameName() {
      FormulaParameters built = FormulaParameters.builder().put("a", 1).put("a", 2).build();

      assertThat(built.requireDecimal("a")).isEqualByComparingTo("2");
    }

    @Test
    void builderRejectsNullValueAtBuild() {
      FormulaParameters.Builder builder = FormulaParameters.builder().put("a", null);

      assertThatThrownBy(builder::build)
          .isInstanceOf(ScoringException.class)
          .hasMessage("parameter 'a' must not be null");
    }

    @Test
    void emptyBuilderBuildsEmpty() {
      assertThat(FormulaParameters.builder().build()).isEqualTo(FormulaParameters.empty());
    }

    @Test
    void emptyHasNoParameters() {
      FormulaParameters empty = FormulaParameters.empty();

      assertThat(empty.isEmpty()).isTrue();
      assertThat(empty.names()).isEmpty();
      assertThat(empty.get("anything")).isEmpty();
    }

    @Test
    void emptyEqualsParametersOfEmptyMap() {
      assertThat(FormulaParameters.of(Map.of())).isEqualTo(FormulaParameters.empty());
    }

    @Test
    void containsIsTrueOnlyForPresentNames() {
      FormulaParameters parameters = single("maxPoints", 50);

      assertThat(parameters.contains("maxPoints")).isTrue();
      assertThat(parameters.contains("minPoints")).isFalse();
    }

    @Test
    void parametersWithAValueAreNotEmpty() {
      assertThat(single("maxPoints", 50).isEmpty()).isFalse();
    }
  }
}
