package io.emulation.examples.seed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One generated person and everything drawn for them; filled in by {@link SeedWorkforce}. */
final class SeedPerson {
  final String id;
  final String unitId;
  final String topUnitId;
  final boolean worker;
  String name;
  LocalDate hired;
  String discipline = "none";
  boolean underReview;
  /** Percent of plan in 2021-Q1 and 2021-Q2. */
  final double[] percent = new double[2];
  /** Production plan in million VND per quarter (workers); 100 (percent) for others. */
  final double[] plan = new double[2];
  final int[] initiatives = new int[2];
  final int[] incidents = new int[2];
  /** Violations per quarter, each with its reason. */
  final List<List<String>> violations = List.of(new ArrayList<>(), new ArrayList<>());
  String bonusReason;
  int bonusQuarter;
  boolean registered;

  SeedPerson(String id, String unitId, String topUnitId, boolean worker) {
    this.id = id;
    this.unitId = unitId;
    this.topUnitId = topUnitId;
    this.worker = worker;
  }

  int initiativeCount() {
    return initiatives[0] + initiatives[1];
  }
}
