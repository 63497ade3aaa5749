package io.emulation.core.org;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import io.emulation.core.InvalidDefinitionException;
import io.emulation.core.Problem;
import io.emulation.core.text.Message;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An organisation: a tree of {@link OrgUnit}s with the {@link Individual}s in them and the units
 * that compete as {@link Collective}s. Immutable and validated when built: every problem (a
 * duplicate id, a parent or unit that does not exist, a cycle, two roots) is reported at once.
 *
 * <pre>{@code
 * Organisation org = Organisation.builder()
 *     .unit(OrgUnit.root("f", "Nhà máy Z"))
 *     .unit(OrgUnit.of("w1", "Phân xưởng 1", "f"))
 *     .collective("w1")
 *     .individual(Individual.of("e1", "Nguyễn Văn An", "w1"))
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
public final class Organisation {
  private final ImmutableMap<String, OrgUnit> units;
  private final ImmutableMap<String, Individual> individuals;
  private final ImmutableMap<String, Collective> collectives;
  private final ImmutableListMultimap<String, String> children;
  private final ImmutableListMultimap<String, Individual> members;

  private Organisation(Map<String, OrgUnit> units, Map<String, Individual> individuals,
      Set<String> collectiveUnits) {
    this.units = ImmutableMap.copyOf(units);
    this.individuals = ImmutableMap.copyOf(individuals);
    ImmutableListMultimap.Builder<String, String> childrenBuilder = ImmutableListMultimap.builder();
    units.values().forEach(u -> u.parentId().ifPresent(p -> childrenBuilder.put(p, u.id())));
    this.children = childrenBuilder.build();
    ImmutableMap.Builder<String, Collective> collectiveBuilder = ImmutableMap.builder();
    ImmutableListMultimap.Builder<String, Individual> memberBuilder =
        ImmutableListMultimap.builder();
    for (String unitId : collectiveUnits) {
      OrgUnit unit = units.get(unitId);
      collectiveBuilder.put(unitId,
          new Collective(unitId, unit.name(), unit.parentId().orElse(unitId)));
    }
    // One walk up the tree per person, so membership costs O(people x depth).
    for (Individual person : individuals.values()) {
      for (String unitId = person.unitId(); unitId != null;
          unitId = units.get(unitId).parentId().orElse(null)) {
        if (collectiveUnits.contains(unitId)) {
          memberBuilder.put(unitId, person);
        }
      }
    }
    this.collectives = collectiveBuilder.build();
    this.members = memberBuilder.build();
  }

  /** A builder for an organisation. */
  public static Builder builder() {
    return new Builder();
  }

  /** The units in the order added. */
  public ImmutableList<OrgUnit> units() {
    return units.values().asList();
  }

  /** The unit with this id. */
  public Optional<OrgUnit> unit(String id) {
    return Optional.ofNullable(units.get(id));
  }

  /** The units directly below {@code unitId}, in the order added. */
  public ImmutableList<String> childrenOf(String unitId) {
    return children.get(unitId);
  }

  /** The individuals in the order added. */
  public ImmutableList<Individual> individuals() {
    return individuals.values().asList();
  }

  /** The competing collectives in the order declared. */
  public ImmutableList<Collective> collectives() {
    return collectives.values().asList();
  }

  /** The individual or collective with this id. */
  public Optional<Participant> participant(String id) {
    Participant found = individuals.get(id);
    return Optional.ofNullable(found != null ? found : collectives.get(id));
  }

  /** The individuals in a collective's unit and the units below it, in the order added. */
  public ImmutableList<Individual> membersOf(String collectiveId) {
    return members.get(collectiveId);
  }

  /** Whether {@code unitId} is {@code ancestorId} or lies below it. */
  public boolean isWithin(String unitId, String ancestorId) {
    String current = unitId;
    while (current != null) {
      if (current.equals(ancestorId)) {
        return true;
      }
      OrgUnit unit = units.get(current);
      current = unit == null ? null : unit.parentId().orElse(null);
    }
    return false;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Organisation that
        && units.equals(that.units)
        && individuals.equals(that.individuals)
        && collectives.keySet().equals(that.collectives.keySet());
  }

  @Override
  public int hashCode() {
    return units.hashCode() * 31 + individuals.hashCode();
  }

  @Override
  public String toString() {
    return "Organisation{" + units.size() + " units, " + individuals.size() + " individuals, "
        + collectives.size() + " collectives}";
  }

  /**
   * Collects units, individuals and collectives in any order; {@link #build()} checks them all.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final List<OrgUnit> units = new ArrayList<>();
    private final List<Individual> individuals = new ArrayList<>();
    private final List<String> collectives = new ArrayList<>();

    private Builder() {}

    /** Adds a unit. */
    public Builder unit(OrgUnit unit) {
      units.add(requireNonNull(unit, "unit"));
      return this;
    }

    /** Adds an individual. */
    public Builder individual(Individual individual) {
      individuals.add(requireNonNull(individual, "individual"));
      return this;
    }

    /** Adds individuals. */
    public Builder individuals(Iterable<Individual> people) {
      people.forEach(this::individual);
      return this;
    }

    /** Declares that a unit competes as a collective. */
    public Builder collective(String unitId) {
      collectives.add(requireNonNull(unitId, "unitId"));
      return this;
    }

    /**
     * The organisation.
     *
     * @throws InvalidDefinitionException listing every problem found
     */
    public Organisation build() {
      List<Problem> problems = new ArrayList<>();
      Map<String, OrgUnit> unitsById = new LinkedHashMap<>();
      for (OrgUnit unit : units) {
        if (unitsById.putIfAbsent(unit.id(), unit) != null) {
          problems.add(Problem.at("units/" + unit.id(),
              Message.of("org.problem.duplicateUnit", unit.id())));
        }
      }
      checkTree(unitsById, problems);
      Map<String, Individual> peopleById = new LinkedHashMap<>();
      for (Individual person : individuals) {
        String where = "individuals/" + person.id();
        if (peopleById.putIfAbsent(person.id(), person) != null) {
          problems.add(Problem.at(where,
              Message.of("org.problem.duplicateIndividual", person.id())));
        }
        if (!unitsById.containsKey(person.unitId())) {
          problems.add(Problem.at(where,
              Message.of("org.problem.unknownUnit", person.id(), person.unitId())));
        }
      }
      Set<String> collectiveIds = new LinkedHashSet<>();
      for (String unitId : collectives) {
        String where = "collectives/" + unitId;
        if (!unitsById.containsKey(unitId)) {
          problems.add(Problem.at(where, Message.of("org.problem.collectiveNoUnit", unitId)));
        } else if (!collectiveIds.add(unitId)) {
          problems.add(Problem.at(where, Message.of("org.problem.collectiveTwice", unitId)));
        } else if (peopleById.containsKey(unitId)) {
          problems.add(Problem.at(where,
              Message.of("org.problem.collectiveIsIndividual", unitId)));
        }
      }
      if (!problems.isEmpty()) {
        throw new InvalidDefinitionException(Message.of("org.what"), problems);
      }
      return new Organisation(unitsById, peopleById, collectiveIds);
    }

    private static void checkTree(Map<String, OrgUnit> unitsById, List<Problem> problems) {
      List<String> roots = new ArrayList<>();
      for (OrgUnit unit : unitsById.values()) {
        if (unit.parentId().isEmpty()) {
          roots.add(unit.id());
        } else if (!unitsById.containsKey(unit.parentId().get())) {
          problems.add(Problem.at("units/" + unit.id(),
              Message.of("org.problem.unknownParent", unit.parentId().get(), unit.id())));
        }
      }
      if (!unitsById.isEmpty() && roots.size() != 1) {
        problems.add(Problem.at("units", roots.isEmpty()
            ? Message.of("org.problem.noRoot")
            : Message.of("org.problem.manyRoots", roots.size(), roots)));
      }
      Set<String> reported = new HashSet<>();
      for (OrgUnit unit : unitsById.values()) {
        Set<String> seen = new LinkedHashSet<>();
        OrgUnit current = unit;
        while (current != null && current.parentId().isPresent() && seen.add(current.id())) {
          current = unitsById.get(current.parentId().get());
        }
        if (current != null && current.parentId().isPresent() && seen.contains(current.id())
            && reported.add(new TreeSet<>(cycleFrom(current.id(), unitsById)).toString())) {
          problems.add(Problem.at("units/" + current.id(), Message.of("org.problem.cycle",
              String.join(" -> ", cycleFrom(current.id(), unitsById)))));
        }
      }
    }

    private static List<String> cycleFrom(String start, Map<String, OrgUnit> unitsById) {
      List<String> cycle = new ArrayList<>();
      String current = start;
      do {
        cycle.add(current);
        current = unitsById.get(current).parentId().orElseThrow();
      } while (!current.equals(start));
      cycle.add(start);
      return cycle;
    }
  }
}
