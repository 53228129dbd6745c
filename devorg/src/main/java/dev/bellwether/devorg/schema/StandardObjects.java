package dev.bellwether.devorg.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Loads the standard objects (standard-objects.yaml) into a schema. */
public final class StandardObjects {
  private static final String RESOURCE = "standard-objects.yaml";

  private StandardObjects() {}

  /** A fresh schema holding every standard object. */
  public static Schema newSchema() {
    Schema schema = new Schema();
    JsonNode root;
    try (InputStream in = StandardObjects.class.getResourceAsStream(RESOURCE)) {
      root = new ObjectMapper(new YAMLFactory()).readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      schema.add(toObject(e.getKey(), e.getValue()));
    }
    return schema;
  }

  private static ObjectDef toObject(String name, JsonNode node) {
    ObjectDef object = new ObjectDef(name, node.path("label").asText(name),
        node.path("labelPlural").asText(name + "s"), node.path("keyPrefix").asText(), false);
    SystemFields.addTo(object, node.path("owned").asBoolean(false));
    for (Iterator<Map.Entry<String, JsonNode>> it = node.path("fields").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      object.putField(toField(name, f.getKey(), f.getValue()));
    }
    return object;
  }

  private static FieldDef toField(String objectName, String name, JsonNode f) {
    FieldType type;
    try {
      type = FieldType.parse(f.path("type").asText());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(RESOURCE + ": " + objectName + "." + name + ": " + e.getMessage());
    }
    boolean readOnly = f.path("readOnly").asBoolean(false);
    boolean derived = f.path("derived").asBoolean(false);
    FieldDef.Builder b = FieldDef.builder(name, type)
        .label(f.path("label").asText(label(name)))
        .required(f.path("required").asBoolean(false) && !f.has("default"))
        .unique(f.path("unique").asBoolean(false))
        .externalId(f.path("externalId").asBoolean(false))
        .derived(derived)
        .createable(!readOnly && !derived)
        .updateable(!readOnly && !derived)
        .restrictedPicklist(f.path("restricted").asBoolean(false))
        .picklistValues(strings(f.path("values")))
        .referenceTo(strings(f.path("referenceTo")));
    if (f.has("length")) {
      b.length(f.get("length").asInt());
    }
    if (f.has("precision")) {
      b.precision(f.get("precision").asInt());
    }
    if (f.has("scale")) {
      b.scale(f.get("scale").asInt());
    }
    if (f.has("relationshipName")) {
      b.relationshipName(f.get("relationshipName").asText());
    }
    if (f.has("default")) {
      JsonNode d = f.get("default");
      b.defaultValue(d.isBoolean() ? (Object) d.asBoolean() : d.asText());
    }
    return b.build();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  /** "AnnualRevenue" → "Annual Revenue"; "AccountId" → "Account ID", as Salesforce labels read. */
  static String label(String apiName) {
    String base = apiName.endsWith("__c") ? apiName.substring(0, apiName.length() - 3) : apiName;
    if (base.endsWith("Id") && base.length() > 2) {
      base = base.substring(0, base.length() - 2) + " ID";
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < base.length(); i++) {
      char c = base.charAt(i);
      if (c == '_') {
        out.append(' ');
        continue;
      }
      if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(base.charAt(i - 1))) {
        out.append(' ');
      }
      out.append(c);
    }
    return out.toString();
  }
}
