package dev.bellwether.devorg.metadata;

import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.FieldType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a picklist's values: {@code valueSet/valueSetDefinition/value} (API 38.0 and later)
 * or the older {@code picklist/picklistValues}. A field bound to a global value set
 * ({@code valueSetName}) has values devorg does not know, so it accepts any value.
 */
final class PicklistReader {
  FieldDef.Builder read(XmlElement field, String fieldName, ComponentElement f,
      boolean multiSelect) throws MetadataException {
    FieldDef.Builder b = FieldDef.builder(fieldName, FieldType.PICKLIST);
    Optional<XmlElement> valueSet = field.child("valueSet");
    Optional<XmlElement> legacy = field.child("picklist");
    List<XmlElement> values;
    boolean restricted;
    if (valueSet.isPresent()) {
      if (valueSet.get().text("valueSetName").isPresent()) {
        return b.restrictedPicklist(false);
      }
      restricted = bool(valueSet.get(), "restricted", f);
      values = valueSet.get().child("valueSetDefinition").map(d -> d.children("value"))
          .orElse(List.of());
    } else if (legacy.isPresent()) {
      restricted = bool(legacy.get(), "restrictedPicklist", f);
      values = legacy.get().children("picklistValues");
    } else {
      throw f.problem(field, "a " + field.text("type").orElse("Picklist")
          + " field needs <valueSet> with <valueSetDefinition> values");
    }
    if (values.isEmpty()) {
      throw f.problem(valueSet.orElse(legacy.orElse(field)), "the picklist has no <value> entries");
    }
    List<String> names = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String defaultValue = null;
    for (XmlElement v : values) {
      String name = v.text("fullName").orElseThrow(() -> f.problem(v,
          "a picklist <value> has no <fullName>"));
      if (!seen.add(name.toLowerCase(Locale.ROOT))) {
        throw f.problem(v, "picklist value '" + name + "' is listed twice");
      }
      names.add(name);
      if (bool(v, "default", f)) {
        defaultValue = name;
      }
    }
    return b.picklistValues(names).restrictedPicklist(restricted && !multiSelect)
        .defaultValue(multiSelect ? null : defaultValue);
  }

  private static boolean bool(XmlElement parent, String name, ComponentElement f)
      throws MetadataException {
    Optional<XmlElement> e = parent.child(name);
    if (e.isEmpty() || e.get().text().isEmpty()) {
      return false;
    }
    switch (e.get().text()) {
      case "true": return true;
      case "false": return false;
      default:
        throw f.problem(e.get(), "<" + name + "> must be true or false, not '" + e.get().text() + "'");
    }
  }
}
