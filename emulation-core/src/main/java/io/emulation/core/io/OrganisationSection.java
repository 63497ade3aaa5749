package io.emulation.core.io;

import io.emulation.core.ProblemsException;
import io.emulation.core.org.DisciplinaryLevel;
import io.emulation.core.org.Individual;
import io.emulation.core.org.OrgUnit;
import io.emulation.core.org.Organisation;
import io.emulation.core.text.Message;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reads the {@code organisation} section: units, collectives and individuals. */
final class OrganisationSection {
  private OrganisationSection() {}

  /**
   * The organisation, or empty with problems.
   *
   * @param extraIndividuals individuals read from elsewhere (an {@code individualsFile}), by
   *     file name
   */
  static Optional<Organisation> read(Fields org, Function<String, List<Individual>> extraIndividuals) {
    Mapping mapping = org.mapping();
    Organisation.Builder builder = Organisation.builder();
    org.list("units").ifPresent(units -> units.forEach(node -> Fields.of(node, Message.of("io.what.unit"), mapping)
        .flatMap(unit -> unit(unit)).ifPresent(builder::unit)));
    org.list("collectives").ifPresent(ids -> ids.forEach(node ->
        mapping.text(node, Message.of("io.what.collective")).ifPresent(id -> {
          mapping.origin("collectives/" + id, node);
          builder.collective(id);
        })));
    org.list("individuals").ifPresent(people -> people.forEach(node ->
        Fields.of(node, Message.of("io.what.individual"), mapping).flatMap(OrganisationSection::individual)
            .ifPresent(builder::individual)));
    org.text("individualsFile").ifPresent(file -> {
      try {
        builder.individuals(extraIndividuals.apply(file));
      } catch (ProblemsException e) {
        // the file's own problems, each at its file:line:column
        mapping.problems().addAll(e.problems());
      }
    });
    org.finish();
    return mapping.build(org.node(), builder::build);
  }

  private static Optional<OrgUnit> unit(Fields unit) {
    Mapping mapping = unit.mapping();
    Optional<String> id = unit.requiredText("id");
    Optional<String> name = unit.text("name");
    Optional<String> parent = unit.text("parent");
    unit.finish();
    id.ifPresent(i -> mapping.origin("units/" + i, unit.node()));
    return id.flatMap(i -> mapping.build(unit.node(),
        () -> new OrgUnit(i, name.orElse(i), parent)));
  }

  private static Optional<Individual> individual(Fields person) {
    Mapping mapping = person.mapping();
    Optional<String> id = person.requiredText("id");
    Optional<String> name = person.text("name");
    Optional<String> unit = person.requiredText("unit");
    Optional<LocalDate> hired = person.get("hired").flatMap(node ->
        mapping.text(node, Fields.property("hired")).flatMap(text -> date(text, node, mapping)));
    Optional<DisciplinaryLevel> discipline = person.choice("discipline", DisciplinaryLevel.class);
    Optional<Boolean> review = person.flag("underReview");
    Optional<Boolean> direct = person.flag("directProduction");
    person.finish();
    if (id.isEmpty() || unit.isEmpty()) {
      return Optional.empty();
    }
    mapping.origin("individuals/" + id.get(), person.node());
    return mapping.build(person.node(), () -> {
      Individual individual = Individual.of(id.get(), name.orElse(id.get()), unit.get())
          .withDiscipline(discipline.orElse(DisciplinaryLevel.NONE))
          .withUnderReview(review.orElse(false))
          .withDirectProduction(direct.orElse(false));
      return hired.map(individual::withHireDate).orElse(individual);
    });
  }

  static Optional<LocalDate> date(String text, DocNode node, Mapping mapping) {
    try {
      return Optional.of(LocalDate.parse(text.trim()));
    } catch (DateTimeParseException e) {
      mapping.problem(node, Message.of("io.value.notDate", text));
      return Optional.empty();
    }
  }
}
