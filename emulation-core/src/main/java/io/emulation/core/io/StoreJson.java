package io.emulation.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import io.emulation.core.EmulationException;
import io.emulation.core.award.AwardKind;
import io.emulation.core.award.PastAward;
import io.emulation.core.lifecycle.ParticipantSnapshot;
import io.emulation.core.lifecycle.Registration;
import io.emulation.core.lifecycle.RegistrationBook;
import io.emulation.core.lifecycle.RegistrationPolicy;
import io.emulation.core.lifecycle.RegistrationWindow;
import io.emulation.core.lifecycle.ResultDiff;
import io.emulation.core.lifecycle.ResultSnapshot;
import io.emulation.core.lifecycle.Revision;
import io.emulation.core.org.ParticipantKind;
import io.emulation.core.period.Period;
import io.emulation.core.text.Message;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The JSON of the file stores: revisions, history lines and registration books, written
 * deterministically (fixed field order, two-space indents, {@code \n}, numbers in plain notation
 * from their {@code BigDecimal}, a revision's reason as {@link MessageJson} writes it) and read
 * back strictly, every problem naming the file and the JSON path.
 */
final class StoreJson {
  static final String REVISION_FORMAT = "emulation-revision";
  static final String REGISTRATIONS_FORMAT = "emulation-registrations";
  static final int FORMAT_VERSION = 1;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();
  private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
  private static final ObjectMapper READER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .build();

  private StoreJson() {}

  // ---- revisions

  static byte[] revision(Revision revision) {
    return write(true, json -> {
      ResultSnapshot snapshot = revision.snapshot();
      json.writeStartObject();
      json.writeStringField("format", REVISION_FORMAT);
      json.writeNumberField("formatVersion", FORMAT_VERSION);
      json.writeStringField("campaign", snapshot.campaignId());
      json.writeStringField("period", snapshot.period().toString());
      json.writeNumberField("revision", revision.number());
      json.writeStringField("author", revision.author());
      json.writeFieldName("reason");
      MessageJson.write(json, revision.reason());
      json.writeStringField("recordedAt", revision.recordedAt().toString());
      json.writeArrayFieldStart("participants");
      for (ParticipantSnapshot p : snapshot.participants()) {
        json.writeStartObject();
        json.writeStringField("id", p.participantId());
        json.writeStringField("kind", CellFormats.kebab(p.kind()));
        json.writeStringField("unit", p.unitId());
        json.writeFieldName("total");
        json.writeNumber(p.total());
        json.writeStringField("grade", p.gradeCode());
        json.writeNumberField("rank", p.rank());
        strings(json, "awards", p.awards());
        json.writeEndObject();
      }
      json.writeEndArray();
      diff(json, revision.diff());
      json.writeEndObject();
    });
  }

  private static void diff(JsonGenerator json, ResultDiff diff) throws IOException {
    json.writeObjectFieldStart("diff");
    strings(json, "added", diff.added());
    strings(json, "removed", diff.removed());
    json.writeArrayFieldStart("awards");
    for (ResultDiff.AwardChange change : diff.awards()) {
      json.writeStartObject();
      json.writeStringField("participant", change.participantId());
      json.writeStringField("award", change.awardId());
      json.writeStringField("change", CellFormats.kebab(change.change()));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("fields");
    for (ResultDiff.FieldChange change : diff.fields()) {
      json.writeStartObject();
      json.writeStringField("participant", change.participantId());
      json.writeStringField("field", CellFormats.kebab(change.field()));
      json.writeStringField("before", change.before());
      json.writeStringField("after", change.after());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  static Revision revision(byte[] bytes, String where) {
    In root = parse(bytes, where);
    root.format(REVISION_FORMAT);
    Period period = root.period("period");
    ImmutableList.Builder<ParticipantSnapshot> participants = ImmutableList.builder();
    for (In p : root.list("participants")) {
      participants.add(p.build(() -> new ParticipantSnapshot(p.text("id"),
          p.choice("kind", ParticipantKind.class), p.text("unit"), p.decimal("total"),
          p.text("grade"), p.integer("rank"), p.texts("awards"))));
    }
    String campaign = root.text("campaign");
    ResultSnapshot snapshot = root.build(() ->
        new ResultSnapshot(campaign, period, participants.build()));
    In diff = root.object("diff");
    ImmutableList.Builder<ResultDiff.AwardChange> awards = ImmutableList.builder();
    for (In a : diff.list("awards")) {
      awards.add(new ResultDiff.AwardChange(a.text("participant"), a.text("award"),
          a.choice("change", ResultDiff.AwardChange.Change.class)));
    }
    ImmutableList.Builder<ResultDiff.FieldChange> fields = ImmutableList.builder();
    for (In f : diff.list("fields")) {
      fields.add(new ResultDiff.FieldChange(f.text("participant"),
          f.choice("field", ResultDiff.FieldChange.Field.class), f.text("before"),
          f.text("after")));
    }
    ResultDiff changes = new ResultDiff(diff.texts("added"), diff.texts("removed"),
        awards.build(), fields.build());
    return root.build(() -> new Revision(root.integer("revision"), snapshot, changes,
        root.text("author"), root.message("reason"), root.instant("recordedAt")));
  }

  // ---- history lines

  /** One line of a history file, without its line end. */
  static String historyLine(boolean revoke, PastAward grant) {
    return new String(write(false, json -> {
      json.writeStartObject();
      json.writeStringField("op", revoke ? "revoke" : "grant");
      json.writeStringField("participant", grant.participantId());
      json.writeStringField("award", grant.awardId());
      json.writeStringField("period", grant.period().toString());
      json.writeStringField("kind", CellFormats.kebab(grant.kind()));
      json.writeEndObject();
    }), StandardCharsets.UTF_8);
  }

  /**
   * A grant or revocation read from a history line.
   *
   * @param revoke whether the line revokes the grant
   * @param grant the grant
   */
  record HistoryLine(boolean revoke, PastAward grant) {}

  static HistoryLine historyLine(String line, String where) {
    In node = parse(line.getBytes(StandardCharsets.UTF_8), where);
    String op = node.text("op");
    if (!op.equals("grant") && !op.equals("revoke")) {
      throw node.at("op").problem("'" + op + "' is not grant or revoke");
    }
    return new HistoryLine(op.equals("revoke"), node.build(() -> new PastAward(
        node.text("participant"), node.text("award"), node.period("period"),
        node.choice("kind", AwardKind.class))));
  }

  // ---- registrations

  static byte[] registrations(RegistrationBook book) {
    return write(true, json -> {
      json.writeStartObject();
      json.writeStringField("format", REGISTRATIONS_FORMAT);
      json.writeNumberField("formatVersion", FORMAT_VERSION);
      json.writeStringField("campaign", book.campaignId());
      json.writeObjectFieldStart("window");
      json.writeStringField("opens", book.window().opens().toString());
      json.writeStringField("closes", book.window().closes().toString());
      json.writeEndObject();
      json.writeObjectFieldStart("policy");
      json.writeStringField("late", CellFormats.kebab(book.policy().late()));
      json.writeStringField("duplicate", CellFormats.kebab(book.policy().duplicate()));
      json.writeEndObject();
      json.writeArrayFieldStart("registrations");
      for (Registration r : book.entries()) {
        json.writeStartObject();
        json.writeStringField("participant", r.participantId());
        json.writeStringField("award", r.awardId());
        json.writeStringField("on", r.on().toString());
        json.writeStringField("outcome", CellFormats.kebab(r.outcome()));
        strings(json, "issues", r.issues().stream().map(CellFormats::kebab).toList());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    });
  }

  static RegistrationBook registrations(byte[] bytes, String where) {
    In root = parse(bytes, where);
    root.format(REGISTRATIONS_FORMAT);
    In window = root.object("window");
    In policy = root.object("policy");
    RegistrationWindow days = window.build(() ->
        RegistrationWindow.of(window.date("opens"), window.date("closes")));
    RegistrationPolicy handling = RegistrationPolicy.of(
        policy.choice("late", RegistrationPolicy.Handling.class),
        policy.choice("duplicate", RegistrationPolicy.Handling.class));
    List<Registration> entries = new ArrayList<>();
    for (In r : root.list("registrations")) {
      EnumSet<Registration.Issue> issues = EnumSet.noneOf(Registration.Issue.class);
      for (In issue : r.list("issues")) {
        issues.add(issue.self(Registration.Issue.class));
      }
      entries.add(r.build(() -> new Registration(r.text("participant"), r.text("award"),
          r.date("on"), r.choice("outcome", Registration.Outcome.class),
          Sets.immutableEnumSet(issues))));
    }
    return root.build(() ->
        RegistrationBook.restore(root.text("campaign"), days, handling, entries));
  }

  // ---- writing

  @FunctionalInterface
  private interface Body {
    void write(JsonGenerator json) throws IOException;
  }

  private static byte[] write(boolean pretty, Body body) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      if (pretty) {
        json.setPrettyPrinter(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(INDENT).withArrayIndenter(INDENT));
      }
      body.write(json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON", e);
    }
    return (text + (pretty ? "\n" : "")).getBytes(StandardCharsets.UTF_8);
  }

  private static void strings(JsonGenerator json, String field, List<String> values)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  // ---- reading

  private static In parse(byte[] bytes, String where) {
    try {
      JsonNode node = READER.readTree(bytes);
      if (node == null || node.isMissingNode()) {
        throw new EmulationException(where + ": empty, expected a JSON object");
      }
      return new In(node, "", where);
    } catch (JsonProcessingException e) {
      throw new EmulationException(where + ": not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + where, e);
    }
  }

  /** A node with the path it was found at, reading fields strictly. */
  private record In(JsonNode node, String path, String where) {

    EmulationException problem(String message) {
      return new EmulationException(where + " at " + (path.isEmpty() ? "/" : path) + ": "
          + message);
    }

    In at(String field) {
      if (!node.isObject()) {
        throw problem("expected an object");
      }
      JsonNode child = node.get(field);
      if (child == null || child.isNull()) {
        throw problem("missing required field '" + field + "'");
      }
      return new In(child, path + "/" + field, where);
    }

    In object(String field) {
      In child = at(field);
      if (!child.node.isObject()) {
        throw child.problem("expected an object");
      }
      return child;
    }

    String text(String field) {
      In child = at(field);
      if (!child.node.isTextual()) {
        throw child.problem("expected a string");
      }
      return child.node.textValue();
    }

    /** A stored message: literal text (a plain string, as older files have it) or a key. */
    Message message(String field) {
      In child = at(field);
      return MessageJson.read(child.node, child.path, where);
    }

    int integer(String field) {
      In child = at(field);
      if (!child.node.isIntegralNumber() || !child.node.canConvertToInt()) {
        throw child.problem("expected a whole number");
      }
      return child.node.intValue();
    }

    BigDecimal decimal(String field) {
      In child = at(field);
      if (!child.node.isNumber()) {
        throw child.problem("expected a number");
      }
      return child.node.decimalValue();
    }

    List<In> list(String field) {
      In child = at(field);
      if (!child.node.isArray()) {
        throw child.problem("expected an array");
      }
      List<In> items = new ArrayList<>();
      for (int i = 0; i < child.node.size(); i++) {
        items.add(new In(child.node.get(i), child.path + "/" + i, where));
      }
      return items;
    }

    ImmutableList<String> texts(String field) {
      ImmutableList.Builder<String> texts = ImmutableList.builder();
      for (In item : list(field)) {
        if (!item.node.isTextual()) {
          throw item.problem("expected a string");
        }
        texts.add(item.node.textValue());
      }
      return texts.build();
    }

    <E extends Enum<E>> E choice(String field, Class<E> type) {
      return at(field).self(type);
    }

    <E extends Enum<E>> E self(Class<E> type) {
      if (!node.isTextual()) {
        throw problem("expected one of " + CellFormats.allowed(type));
      }
      try {
        return CellFormats.choice(type).parse(node.textValue());
      } catch (IllegalArgumentException e) {
        throw problem(e.getMessage());
      }
    }

    Period period(String field) {
      return parsed(field, Period::parse);
    }

    LocalDate date(String field) {
      return parsed(field, LocalDate::parse);
    }

    Instant instant(String field) {
      return parsed(field, Instant::parse);
    }

    private <T> T parsed(String field, Function<String, T> parser) {
      String text = text(field);
      try {
        return parser.apply(text);
      } catch (IllegalArgumentException | DateTimeException e) {
        throw at(field).problem(e.getMessage());
      }
    }

    void format(String expected) {
      String format = text("format");
      int version = integer("formatVersion");
      if (!format.equals(expected) || version != FORMAT_VERSION) {
        throw problem("this is '" + format + "' version " + version + ", expected '" + expected
            + "' version " + FORMAT_VERSION);
      }
    }

    /** Builds a value, turning a broken invariant into a problem at this node. */
    <T> T build(Supplier<T> builder) {
      try {
        return builder.get();
      } catch (IllegalArgumentException e) {
        throw problem(e.getMessage());
      }
    }
  }
}
