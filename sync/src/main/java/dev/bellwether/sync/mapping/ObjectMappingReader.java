package dev.bellwether.sync.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.yamlconfig.ClosestName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads one object's entry under {@code mappings:} and reports every problem in it. */
final class ObjectMappingReader {
  static final String FIELDS = "fields";
  static final String EXTERNAL_ID = "externalId";
  private static final List<String> KEYS = List.of(EXTERNAL_ID, FIELDS);
  private static final List<String> DIRECTIONS =
      Arrays.stream(Direction.values()).map(Direction::keyword).toList();
  /** Sync reads these on every request, for identity and watermarks; mapping them means nothing. */
  private static final Set<String> ALWAYS_READ = Set.of("id", "systemmodstamp");
  private static final int SHOWN_CHARS = 60;

  private final MappingProblems problems;

  ObjectMappingReader(MappingProblems problems) {
    this.problems = problems;
  }

  /** The object's mapping, or empty when a problem (already reported) makes it unusable. */
  Optional<ObjectMapping> read(String path, String object, JsonNode node) {
    boolean ok = true;
    Optional<String> badName = ApiNames.objectProblem(object);
    if (badName.isPresent()) {
      problems.add(path, badName.get());
      ok = false;
    }
    if (node == null || node.isNull()) {
      problems.add(path, "has no settings; give it 'fields:' with at least one field");
      return Optional.empty();
    }
    if (!node.isObject()) {
      problems.add(path, "must be a mapping with 'fields:' and optionally 'externalId:' (was "
          + shown(node) + ")");
      return Optional.empty();
    }
    boolean fieldsMisspelt = checkKeys(path, node);
    List<FieldMapping> fields = fields(path, node, fieldsMisspelt);
    ok &= fields != null;
    ExternalId externalId = externalId(path, node, fields);
    ok &= externalId.valid();
    return ok ? Optional.of(new ObjectMapping(object, externalId.field(), fields)) : Optional.empty();
  }

  /** Reports unknown keys; true when one of them looks like a misspelt 'fields'. */
  private boolean checkKeys(String path, JsonNode node) {
    boolean fieldsMisspelt = false;
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!KEYS.contains(name)) {
        Optional<String> meant = ClosestName.to(name, KEYS);
        fieldsMisspelt |= meant.filter(FIELDS::equals).isPresent();
        problems.add(path + "." + name, meant.map(s -> "unknown key; did you mean '" + s + "'?")
            .orElse("unknown key (known here: " + String.join(", ", KEYS) + ")"));
      }
    }
    return fieldsMisspelt;
  }

  /** The mapped fields, or null after reporting why there are none usable. */
  private List<FieldMapping> fields(String path, JsonNode node, boolean fieldsMisspelt) {
    String fieldsPath = path + "." + FIELDS;
    JsonNode fields = node.get(FIELDS);
    if (fields == null) {
      if (!fieldsMisspelt) { // the misspelt key is reported already; one hint is enough
        problems.add(path, "has no 'fields:'; an object needs at least one mapped field");
      }
      return null;
    }
    if (fields.isNull() || fields.isObject() && fields.isEmpty()) {
      problems.add(fieldsPath, "is empty; an object needs at least one mapped field");
      return null;
    }
    if (!fields.isObject()) {
      problems.add(fieldsPath, "must map each field to its direction, e.g. 'Name: inbound' (was "
          + shown(fields) + ")");
      return null;
    }
    List<FieldMapping> out = new ArrayList<>();
    boolean ok = true;
    for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Optional<FieldMapping> field = field(fieldsPath + "." + e.getKey(), e.getKey(), e.getValue());
      field.ifPresent(out::add);
      ok &= field.isPresent();
    }
    return ok ? out : null;
  }

  private Optional<FieldMapping> field(String path, String name, JsonNode value) {
    Optional<String> badName = ApiNames.fieldProblem(name)
        .or(() -> ALWAYS_READ.contains(name.toLowerCase(Locale.ROOT))
            ? Optional.of("is read on every sync without being mapped; remove it")
            : Optional.empty());
    badName.ifPresent(problem -> problems.add(path, problem));
    Optional<Direction> direction = direction(path, value);
    return badName.isEmpty() && direction.isPresent()
        ? Optional.of(new FieldMapping(name, direction.get()))
        : Optional.empty();
  }

  private Optional<Direction> direction(String path, JsonNode value) {
    if (value == null || value.isNull()) {
      problems.add(path, "has no direction; write inbound, outbound or both");
      return Optional.empty();
    }
    Optional<Direction> direction = value.isTextual() ? Direction.ofKeyword(value.asText()) : Optional.empty();
    if (direction.isEmpty()) {
      String hint = value.isTextual()
          ? ClosestName.to(value.asText(), DIRECTIONS).map(s -> "; did you mean '" + s + "'?").orElse("")
          : "";
      problems.add(path, "direction must be inbound, outbound or both (was " + shown(value) + ")" + hint);
    }
    return direction;
  }

  /** The external-id field as read: {@code field} null when there is none; not valid once reported. */
  private record ExternalId(String field, boolean valid) {
    static final ExternalId NONE = new ExternalId(null, true);
    static final ExternalId INVALID = new ExternalId(null, false);
  }

  private ExternalId externalId(String path, JsonNode node, List<FieldMapping> fields) {
    String idPath = path + "." + EXTERNAL_ID;
    JsonNode value = node.get(EXTERNAL_ID);
    if (value == null || value.isNull()) {
      return ExternalId.NONE;
    }
    if (!value.isTextual() || value.asText().isBlank()) {
      problems.add(idPath, "must be a field name, or null when Bellwether never creates records of this"
          + " object (was " + shown(value) + ")");
      return ExternalId.INVALID;
    }
    String name = value.asText().trim();
    Optional<String> badName = ApiNames.fieldProblem(name);
    if (badName.isPresent()) {
      problems.add(idPath, "'" + name + "' " + badName.get());
      return ExternalId.INVALID;
    }
    if (fields == null) {
      // The fields have problems of their own; whether this one is among them cannot be judged.
      return new ExternalId(name, true);
    }
    Optional<FieldMapping> mapped = fields.stream().filter(f -> f.field().equalsIgnoreCase(name)).findFirst();
    if (mapped.isEmpty()) {
      problems.add(idPath, "'" + name + "' is not among the object's fields; map it as 'both' (written on"
          + " create, read back to match records)");
      return ExternalId.INVALID;
    }
    if (!mapped.get().outbound()) {
      problems.add(idPath, "'" + name + "' is mapped inbound only, but upserts send it; map it as 'both'"
          + " or 'outbound'");
      return ExternalId.INVALID;
    }
    return new ExternalId(mapped.get().field(), true);
  }

  /** A value as a message shows it: text quoted and cut short, other kinds named. */
  static String shown(JsonNode node) {
    if (node.isObject()) {
      return "a mapping";
    }
    if (node.isArray()) {
      return "a list";
    }
    String text = node.asText();
    if (text.length() > SHOWN_CHARS) {
      text = text.substring(0, SHOWN_CHARS) + "...";
    }
    return node.isTextual() ? "'" + text + "'" : text;
  }
}
