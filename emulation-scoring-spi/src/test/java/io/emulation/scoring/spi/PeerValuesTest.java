package io.emulation.scoring.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PeerValuesTest {
  /** 1, 1, 2, 3, 3: duplicates at both edges. */
  private final PeerValues peers = peers("3", "1", "2", "3", "1");

  private static PeerValues peers(String... values) {
    return PeerValues.of(Stream.of(values).map(BigDecimal::new).toList());
  }

  private static BigDecimal decimal(String text) {
    return new BigDecimal(text);
  }

  @Test
  void sortsValuesAscending() {
    assertThat(peers("7", "-2", "3.5", "0").asList())
        .containsExactly(decimal("-2"), decimal("0"), decimal("3.5"), decimal("7"));
  }

  @Test
  void getReturnsTheIndexthSmallestValue() {
    assertThat(peers("7", "-2", "3.5").get(1)).isEqualTo(decimal("3.5"));
  }

  @Test
  void sizeCountsDuplicates() {
    assertThat(peers.size()).isEqualTo(5);
  }

  @Test
  void orderOfNumericallyEqualValuesDoesNotDependOnInputOrder() {
    PeerValues oneWay = peers("2.0", "2", "2.00", "1");
    PeerValues otherWay = peers("2.00", "1", "2", "2.0");

    assertThat(oneWay.asList()).containsExactlyElementsOf(otherWay.asList());
  }

  @Test
  void sameValuesInAnyOrderAreEqualWithEqualHashCodes() {
    PeerValues oneWay = peers("2.0", "2", "1");
    PeerValues otherWay = peers("2", "1", "2.0");

    assertThat(oneWay).isEqualTo(otherWay).hasSameHashCodeAs(otherWay);
  }

  @Test
  void differentValuesAreNotEqual() {
    assertThat(peers("1", "2")).isNotEqualTo(peers("1", "3"));
  }

  @Test
  void countBelowExcludesDuplicatesOfTheLowestValue() {
    assertThat(peers.countBelow(decimal("1"))).isZero();
  }

  @Test
  void countAtMostIncludesDuplicatesOfTheLowestValue() {
    assertThat(peers.countAtMost(decimal("1"))).isEqualTo(2);
  }

  @Test
  void countBelowExcludesDuplicatesOfTheHighestValue() {
    assertThat(peers.countBelow(decimal("3"))).isEqualTo(3);
  }

  @Test
  void countAtMostIncludesDuplicatesOfTheHighestValue() {
    assertThat(peers.countAtMost(decimal("3"))).isEqualTo(5);
  }

  @Test
  void countsOfValueBelowAllAreZero() {
    assertThat(peers.countBelow(decimal("0.99"))).isZero();
    assertThat(peers.countAtMost(decimal("0.99"))).isZero();
  }

  @Test
  void countsOfValueAboveAllAreTheSize() {
    assertThat(peers.countBelow(decimal("3.01"))).isEqualTo(5);
    assertThat(peers.countAtMost(decimal("3.01"))).isEqualTo(5);
  }

  @Test
  void countsOfValueBetweenPeersAgree() {
    assertThat(peers.countBelow(decimal("1.5"))).isEqualTo(2);
    assertThat(peers.countAtMost(decimal("1.5"))).isEqualTo(2);
  }

  @Test
  void countsCompareNumericallyIgnoringScale() {
    assertThat(peers.countBelow(decimal("3.000"))).isEqualTo(3);
    assertThat(peers.countAtMost(decimal("1.0"))).isEqualTo(2);
  }

  @Test
  void noneIsEmpty() {
    assertThat(PeerValues.none().isEmpty()).isTrue();
    assertThat(PeerValues.none().size()).isZero();
    assertThat(PeerValues.none().asList()).isEmpty();
  }

  @Test
  void ofEmptyCollectionIsNone() {
    assertThat(PeerValues.of(List.of())).isEqualTo(PeerValues.none());
  }

  @Test
  void countsOnNoPeersAreZero() {
    assertThat(PeerValues.none().countBelow(BigDecimal.ONE)).isZero();
    assertThat(PeerValues.none().countAtMost(BigDecimal.ONE)).isZero();
  }

  @Test
  void rejectsNullValue() {
    List<BigDecimal> withNull = Arrays.asList(BigDecimal.ONE, null);

    assertThatThrownBy(() -> PeerValues.of(withNull))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("peer value");
  }

  @Test
  void asListIsUnmodifiable() {
    List<BigDecimal> list = peers.asList();

    assertThatThrownBy(() -> list.set(0, BigDecimal.TEN))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void laterChangesToTheSourceAreNotSeen() {
    List<BigDecimal> source = new ArrayList<>(List.of(BigDecimal.ONE));
    PeerValues copied = PeerValues.of(source);

    source.add(BigDecimal.ZERO);

    assertThat(copied.asList()).containsExactly(BigDecimal.ONE);
  }

  @Test
  void toStringListsSortedValues() {
    assertThat(peers("2", "1.5")).hasToString("PeerValues[1.5, 2]");
  }
  @Test
  void valuesOfOneScaleReadBackWithThatScale() {
    PeerValues shared = peers("2.00", "0.25", "1.50");

    assertThat(shared.asList()).containsExactly(decimal("0.25"), decimal("1.50"),
        decimal("2.00"));
    assertThat(shared.get(2).scale()).isEqualTo(2);
  }

  @Test
  void valuesOfMixedScalesKeepTheirOwnScales() {
    assertThat(peers("2.0", "1", "2").asList()).extracting(BigDecimal::scale)
        .containsExactly(0, 0, 1);
  }

  @Test
  void valuesTooLargeForALongAreKeptExactly() {
    PeerValues large = peers("123456789012345678901234567890", "1");

    assertThat(large.get(1)).isEqualTo(decimal("123456789012345678901234567890"));
    assertThat(large.countBelow(decimal("1e29"))).isEqualTo(1);
  }

  @Test
  void valuesOfOneScaleAreEqualOnlyToTheSameValuesAtTheSameScale() {
    PeerValues oneWay = peers("1.5", "2.5");

    assertThat(oneWay).isEqualTo(peers("2.5", "1.5")).hasSameHashCodeAs(peers("2.5", "1.5"))
        .isNotEqualTo(peers("1.50", "2.50")).isNotEqualTo(peers("1.5", "2.6"))
        .isNotEqualTo(peers("1.5", "2.50")).isNotEqualTo("PeerValues[1.5, 2.5]");
  }

  @Test
  void getOutsideTheValuesIsRejected() {
    assertThatThrownBy(() -> peers("1.5").get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> peers("1.5", "2").get(-1))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void countsOfAQueryWithMoreDecimalsThanThePeersAreExact() {
    PeerValues shared = peers("1.5", "2.5", "3.5");

    assertThat(shared.countBelow(decimal("2.55"))).isEqualTo(2);
    assertThat(shared.countAtMost(decimal("2.50"))).isEqualTo(2);
  }
}
