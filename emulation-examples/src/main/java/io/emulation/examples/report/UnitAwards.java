package io.emulation.examples.report;

import io.emulation.core.award.AwardDecision;
import io.emulation.core.award.AwardResult;
import io.emulation.core.campaign.Campaign;
import io.emulation.core.org.Individual;
import io.emulation.core.org.OrgUnit;
import io.emulation.core.org.Organisation;
import io.emulation.core.org.Participant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Grants counted per unit directly below the organisation's root: each unit with everything in
 * it (its people, its own collective and the teams inside it). Grants to people or a collective
 * of the root itself count under the root.
 */
final class UnitAwards {
  private UnitAwards() {}

  static List<SvgCharts.Stack> of(Campaign campaign, AwardResult awards) {
    Organisation org = campaign.organisation();
    String root = root(org);
    Map<String, long[]> counts = new LinkedHashMap<>();
    org.childrenOf(root).forEach(id -> counts.put(id, new long[2]));
    for (AwardDecision decision : awards.decisions()) {
      if (!decision.granted()) {
        continue;
      }
      Participant participant = org.participant(decision.participantId()).orElseThrow();
      String unit = participant instanceof Individual person ? person.unitId() : participant.id();
      long[] count = counts.computeIfAbsent(topUnit(org, root, unit), k -> new long[2]);
      count[participant instanceof Individual ? 0 : 1]++;
    }
    return counts.entrySet().stream()
        .map(e -> new SvgCharts.Stack(e.getKey(), org.unit(e.getKey()).map(OrgUnit::name)
            .orElse(e.getKey()), e.getValue()[0], e.getValue()[1]))
        .toList();
  }

  /** The id of the organisation's one root unit. */
  static String root(Organisation org) {
    return org.units().stream().filter(u -> u.parentId().isEmpty()).findFirst().orElseThrow()
        .id();
  }

  /** The unit below the root that {@code unitId} lies in; the root for the root itself. */
  static String topUnit(Organisation org, String root, String unitId) {
    String current = unitId;
    while (true) {
      OrgUnit unit = org.unit(current).orElseThrow();
      if (unit.parentId().isEmpty() || unit.parentId().get().equals(root)) {
        return current;
      }
      current = unit.parentId().get();
    }
  }
}
