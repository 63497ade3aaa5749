package io.emulation.benchmarks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The hand-written baseline: the synthetic campaign's scoring, totals, grades and ranks computed
 * by loops over arrays, with the same decimal arithmetic as the built-in formulas (the same
 * {@link MathContext#DECIMAL128} divisions, the same rounding of points and contributions to the
 * campaign's scale 2 half-up) but no explanations, no objects per line and no generality.
 */
public final class Baseline {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal NINETY = BigDecimal.valueOf(90);
  private static final BigDecimal SEVENTY_FIVE = BigDecimal.valueOf(75);
  private static final BigDecimal FIFTY = BigDecimal.valueOf(50);
  private static final BigDecimal SIX = BigDecimal.valueOf(6);
  private static final BigDecimal TWO = BigDecimal.valueOf(2);
  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final BigDecimal TENTH = new BigDecimal("0.1");
  private static final BigDecimal TWENTY = BigDecimal.valueOf(20);
  private static final BigDecimal[] BAND_FROM = {BigDecimal.ZERO, BigDecimal.valueOf(40),
      BigDecimal.valueOf(70), NINETY};
  private static final BigDecimal[] BAND_POINTS = {BigDecimal.ONE, BigDecimal.valueOf(3),
      BigDecimal.valueOf(5), SIX};

  private Baseline() {}

  /** The numbers the baseline computes. */
  public record Result(BigDecimal[] totals, int[] grades, boolean[] vetoFailed, int[] ranks,
      BigDecimal[] unitTotals, int[] unitGrades) {}

  /** Scores, totals, grades (0 = EXCELLENT .. 3 = NOT_COMPLETED) and overall ranks. */
  public static Result evaluate(SyntheticCampaign s) {
    int n = s.individuals();
    BigDecimal[] totals = new BigDecimal[n];
    boolean[] veto = new boolean[n];
    BigDecimal[][] sortedPeers = new BigDecimal[s.criteria()][];
    for (int k = 0; k < s.criteria(); k++) {
      if (SyntheticCampaign.kind(k).equals("percentile")) {
        BigDecimal[] peers = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
          peers[i] = s.value(k, i);
        }
        Arrays.sort(peers);
        sortedPeers[k] = peers;
      }
    }
    BigDecimal zero = round(BigDecimal.ZERO);
    for (int i = 0; i < n; i++) {
      BigDecimal total = zero;
      for (int k = 0; k < s.criteria(); k++) {
        BigDecimal value = s.value(k, i);
        BigDecimal points;
        switch (SyntheticCampaign.kind(k)) {
          case "linear" -> {
            BigDecimal achievement = value.multiply(HUNDRED).divide(HUNDRED, MathContext.DECIMAL128);
            BigDecimal base = SIX.multiply(value.min(HUNDRED)).divide(HUNDRED,
                MathContext.DECIMAL128);
            BigDecimal bonus = TENTH.multiply(achievement.subtract(HUNDRED).max(BigDecimal.ZERO))
                .min(BigDecimal.ONE);
            points = base.add(bonus);
          }
          case "bands" -> {
            points = BigDecimal.ZERO;
            for (int b = 0; b < BAND_FROM.length; b++) {
              if (value.compareTo(BAND_FROM[b]) >= 0) {
                points = BAND_POINTS[b];
              }
            }
          }
          case "per-occurrence" -> points = value.multiply(BigDecimal.ONE).min(SIX);
          case "penalty" -> points = value.multiply(HALF).min(TWO).negate();
          case "pass-fail" -> {
            points = BigDecimal.ZERO;
            if (value != null && value.signum() > 0) {
              veto[i] = true;
            }
          }
          case "rating" -> points = value;
          case "percentile" -> {
            BigDecimal[] peers = sortedPeers[k];
            int below = lowerBound(peers, value);
            int atMost = upperBound(peers, value);
            int others = peers.length - 1;
            BigDecimal ahead = BigDecimal.valueOf(below)
                .add(BigDecimal.valueOf(atMost - below - 1).multiply(HALF));
            points = others == 0 ? SIX
                : SIX.multiply(ahead).divide(BigDecimal.valueOf(others), MathContext.DECIMAL128);
          }
          case "growth" -> {
            BigDecimal baseline = s.lastYear(k, i);
            BigDecimal growth = value.subtract(baseline).multiply(HUNDRED)
                .divide(baseline.abs(), MathContext.DECIMAL128);
            BigDecimal share = growth.divide(TWENTY, MathContext.DECIMAL128);
            points = SIX.multiply(share.max(BigDecimal.ZERO).min(BigDecimal.ONE));
          }
          default -> throw new IllegalStateException(SyntheticCampaign.kind(k));
        }
        // the line's points, then its contribution (weight 1 × points), each rounded
        total = total.add(round(BigDecimal.ONE.multiply(round(points))));
      }
      totals[i] = total;
    }
    int[] grades = new int[n];
    for (int i = 0; i < n; i++) {
      grades[i] = grade(totals[i], veto[i]);
    }
    int[] ranks = ranks(totals);
    BigDecimal[] unitSums = new BigDecimal[s.units()];
    int[] members = new int[s.units()];
    Arrays.fill(unitSums, BigDecimal.ZERO);
    for (int i = 0; i < n; i++) {
      unitSums[s.unitOf[i]] = unitSums[s.unitOf[i]].add(totals[i]);
      members[s.unitOf[i]]++;
    }
    BigDecimal[] unitTotals = new BigDecimal[s.units()];
    int[] unitGrades = new int[s.units()];
    for (int u = 0; u < s.units(); u++) {
      BigDecimal mean = members[u] == 0 ? BigDecimal.ZERO
          : round(unitSums[u].divide(BigDecimal.valueOf(members[u]), MathContext.DECIMAL128));
      unitTotals[u] = round(zero.add(round(BigDecimal.ONE.multiply(mean))));
      unitGrades[u] = grade(unitTotals[u], false);
    }
    ranks(unitTotals);
    return new Result(totals, grades, veto, ranks, unitTotals, unitGrades);
  }

  private static int grade(BigDecimal total, boolean vetoFailed) {
    int grade = total.compareTo(NINETY) >= 0 ? 0 : total.compareTo(SEVENTY_FIVE) >= 0 ? 1
        : total.compareTo(FIFTY) >= 0 ? 2 : 3;
    return vetoFailed ? Math.max(grade, 2) : grade;
  }

  /** Standard competition ranks ("1224") by total, best first. */
  private static int[] ranks(BigDecimal[] totals) {
    Integer[] order = IntStream.range(0, totals.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparing((Integer i) -> totals[i]).reversed()
        .thenComparing(i -> i));
    int[] ranks = new int[totals.length];
    for (int p = 0; p < order.length; p++) {
      ranks[order[p]] = p > 0 && totals[order[p]].compareTo(totals[order[p - 1]]) == 0
          ? ranks[order[p - 1]] : p + 1;
    }
    return ranks;
  }

  private static BigDecimal round(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP);
  }

  private static int lowerBound(BigDecimal[] sorted, BigDecimal value) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid].compareTo(value) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static int upperBound(BigDecimal[] sorted, BigDecimal value) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid].compareTo(value) <= 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
