package io.emulation.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IdNumbersTest {
  @Test
  void numbersIdsInTheOrderGiven() {
    IdNumbers numbers = IdNumbers.of(List.of("c", "a", "b"));

    assertThat(List.of(numbers.of("c"), numbers.of("a"), numbers.of("b")))
        .containsExactly(0, 1, 2);
  }

  @Test
  void anIdNotGivenHasNoNumber() {
    assertThat(IdNumbers.of(List.of("a", "b")).of("z")).isEqualTo(-1);
  }

  @Test
  void noIdsHaveNoNumbers() {
    IdNumbers none = IdNumbers.of(List.of());

    assertThat(none.size()).isZero();
    assertThat(none.of("a")).isEqualTo(-1);
  }

  @Test
  void everyOneOfManyIdsFindsItsNumberThroughCollisions() {
    // "Aa" and "BB" share a hash code, as do all strings made of those pairs
    List<String> ids = IntStream.range(0, 4_096)
        .mapToObj(i -> Integer.toBinaryString(i | 4_096).replace("0", "Aa").replace("1", "BB"))
        .toList();
    IdNumbers numbers = IdNumbers.of(ids);

    assertThat(IntStream.range(0, ids.size()).filter(n -> numbers.of(ids.get(n)) != n))
        .isEmpty();
    assertThat(numbers.size()).isEqualTo(ids.size());
    assertThat(numbers.of("AaAa")).isEqualTo(-1);
  }

  @Test
  void idsWithTheirHashesWorkedOutBeforeFindTheSameNumbers() {
    List<String> ids = IntStream.range(0, 1_000).mapToObj(i -> "p" + i).toList();
    String[] given = ids.toArray(String[]::new);
    IdNumbers numbers = IdNumbers.of(given, ids.stream().mapToInt(String::hashCode).toArray());

    assertThat(IntStream.range(0, ids.size()).filter(n -> numbers.of(ids.get(n)) != n))
        .isEmpty();
    assertThat(numbers.of("q1")).isEqualTo(-1);
  }

  @Test
  void idsAndHashesOfDifferentLengthsAreRefused() {
    assertThatThrownBy(() -> IdNumbers.of(new String[] {"a", "b"}, new int[] {"a".hashCode()}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("2 ids but 1 hashes");
  }
}
