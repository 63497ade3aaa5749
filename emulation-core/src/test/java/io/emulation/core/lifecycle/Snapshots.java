package io.emulation.core.lifecycle;

import com.google.common.collect.ImmutableList;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.period.Period;
import java.math.BigDecimal;
import java.util.Arrays;

/** Hand-made snapshots for tests of diffs and stores: campaign {@code c}, year 2021. */
public final class Snapshots {
  public static final Period YEAR = Period.year(2021);

  private Snapshots() {}

  /** A snapshot of campaign {@code c} for 2021. */
  public static ResultSnapshot of(ParticipantSnapshot... participants) {
    return new ResultSnapshot("c", YEAR, ImmutableList.copyOf(Arrays.asList(participants)));
  }

  /** An individual of unit w1. */
  public static ParticipantSnapshot person(String id, String total, String grade, int rank,
      String... awards) {
    return new ParticipantSnapshot(id, ParticipantKind.INDIVIDUAL, "w1", new BigDecimal(total),
        grade, rank, ImmutableList.copyOf(Arrays.asList(awards)));
  }
}
