package dev.bellwether.connector.salesforce.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmException.Kind;
import dev.bellwether.connector.CrmRecord;
import dev.bellwether.connector.FieldSchema;
import dev.bellwether.connector.ObjectSchema;
import dev.bellwether.connector.salesforce.values.Namespace;
import dev.bellwether.connector.salesforce.values.WireValues;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns one record of a REST query answer into a {@link CrmRecord}: "attributes" dropped,
 * relationship objects flattened to dotted names, names unqualified, values typed by the schema
 * (fields the schema does not have, such as "Owner.Name", stay text).
 */
final class QueryRowReader {
  private final ObjectSchema schema;
  private final Namespace namespace;
  /** Selected dotted paths (unqualified), to report a null relationship's fields as empty. */
  private final List<String> selectedPaths;

  QueryRowReader(ObjectSchema schema, Namespace namespace, List<String> selectedPaths) {
    this.schema = schema;
    this.namespace = namespace;
    this.selectedPaths = selectedPaths.stream().map(namespace::unqualify).toList();
  }

  CrmRecord read(JsonNode row) throws CrmException {
    Map<String, Object> values = new LinkedHashMap<>();
    flatten("", row, values);
    String type = row.path("attributes").path("type").asText(null);
    String object = type == null ? schema.name() : namespace.unqualify(type);
    Object id = values.get("Id");
    return new CrmRecord(object, id == null ? null : id.toString(), values);
  }

  private void flatten(String prefix, JsonNode node, Map<String, Object> out) throws CrmException {
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().equals("attributes")) {
        continue;
      }
      String path = prefix + namespace.unqualify(e.getKey());
      JsonNode value = e.getValue();
      if (value.isObject()) {
        if (!value.has("records")) {
          flatten(path + ".", value, out);
        }
        // else: a child sub-query's nested result; the port has no place for child lists
      } else if (value.isNull()) {
        putNull(prefix.isEmpty(), path, out);
      } else {
        out.put(path, prefix.isEmpty() ? typed(path, value) : value.asText());
      }
    }
  }

  /**
   * A JSON null is either an empty field or an empty relationship; REST does not say which. A
   * relationship's selected paths become empty fields, anything known to be a field becomes null,
   * and a top-level name that is neither (an unselected relationship) is left out.
   */
  private void putNull(boolean topLevel, String path, Map<String, Object> out) {
    List<String> below = below(path);
    if (!below.isEmpty()) {
      below.forEach(p -> out.put(p, null));
    } else if (!topLevel || schema.field(path).isPresent() || selected(path)) {
      out.put(path, null);
    }
  }

  private List<String> below(String path) {
    String start = lower(path) + ".";
    List<String> out = new ArrayList<>();
    for (String p : selectedPaths) {
      if (lower(p).startsWith(start)) {
        out.add(p);
      }
    }
    return out;
  }

  private boolean selected(String path) {
    return selectedPaths.stream().anyMatch(p -> p.equalsIgnoreCase(path));
  }

  private Object typed(String name, JsonNode value) throws CrmException {
    FieldSchema field = schema.field(name).orElse(null);
    if (field == null) {
      return value.asText();
    }
    try {
      return WireValues.fromJson(field.type(), value);
    } catch (IllegalArgumentException e) {
      throw new CrmException(Kind.PROTOCOL, null, schema.name(), "query of " + schema.name()
          + " answered a value of " + name + " that is not a " + field.type() + ": " + e.getMessage(), e);
    }
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
