package dev.bellwether.devorg.metadata;

import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.FieldType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a CustomField element (the root of a .field-meta.xml, or a {@code <fields>} entry of a
 * .object file) into a {@link FieldChange}, applying the rules a Salesforce deploy enforces
 * for each field type. Elements devorg does not model (description, inlineHelpText,
 * trackHistory...) are ignored; the ones it models are checked and name their line on error.
 */
final class CustomFieldReader {
  /** Field types Salesforce has but devorg cannot store; named apart from plain typos. */
  private static final Set<String> UNSUPPORTED = Set.of("Time", "Location", "ExternalLookup",
      "IndirectLookup", "Hierarchy", "MetadataRelationship", "File");

  /** Reads one field of objectName; fieldName is the API name the file or fullName gives. */
  FieldChange read(XmlElement field, String objectName, String fieldName, ComponentRef ref)
      throws MetadataException {
    ComponentElement f = new ComponentElement(field, ref);
    String label = f.required("label");
    XmlElement typeElement = field.child("type").orElseThrow(() -> f.problem(field,
        "<type> is missing: every custom field needs one"));
    String type = typeElement.text();
    boolean formula = field.child("formula").isPresent();
    FieldDef.Builder b;
    boolean masterDetail = false;
    String childRelationship = null;
    switch (type) {
      case "Text":
        b = FieldDef.builder(fieldName, FieldType.STRING)
            .length(formula ? 1300 : f.intIn("length", 1, 255));
        break;
      case "EncryptedText":
        b = FieldDef.builder(fieldName, FieldType.STRING).length(f.intIn("length", 1, 175));
        break;
      case "TextArea":
        b = FieldDef.builder(fieldName, FieldType.TEXTAREA).length(255);
        break;
      case "LongTextArea":
      case "Html":
        b = FieldDef.builder(fieldName, FieldType.TEXTAREA).length(f.intIn("length", 256, 131072));
        f.intIn("visibleLines", 1, 50);
        break;
      case "Number":
        b = number(FieldType.DOUBLE, fieldName, f);
        break;
      case "Currency":
        b = number(FieldType.CURRENCY, fieldName, f);
        break;
      case "Percent":
        b = number(FieldType.PERCENT, fieldName, f);
        break;
      case "Checkbox":
        b = FieldDef.builder(fieldName, FieldType.BOOLEAN);
        if (!formula) {
          b.defaultValue(f.bool("defaultValue").orElseThrow(() -> f.problem(field,
              "<defaultValue> is missing: a Checkbox field needs true or false")));
        }
        break;
      case "Date":
        b = FieldDef.builder(fieldName, FieldType.DATE);
        break;
      case "DateTime":
        b = FieldDef.builder(fieldName, FieldType.DATETIME);
        break;
      case "Email":
        b = FieldDef.builder(fieldName, FieldType.EMAIL).length(80);
        break;
      case "Phone":
        b = FieldDef.builder(fieldName, FieldType.PHONE).length(40);
        break;
      case "Url":
        b = FieldDef.builder(fieldName, FieldType.URL).length(255);
        break;
      case "Picklist":
      case "MultiselectPicklist":
        // A multi-select value travels as one ";"-joined text; the store checks restricted
        // picklists value by whole value, so multi-select ones are read as unrestricted.
        b = new PicklistReader().read(field, fieldName, f, type.equals("MultiselectPicklist"));
        break;
      case "Lookup":
      case "MasterDetail":
        masterDetail = type.equals("MasterDetail");
        childRelationship = f.identifier("relationshipName") + "__r";
        b = reference(field, fieldName, f, masterDetail);
        break;
      case "AutoNumber":
        f.required("displayFormat");
        b = FieldDef.builder(fieldName, FieldType.STRING).length(30).derived(true)
            .createable(false).updateable(false);
        break;
      case "Summary":
        // Roll-up summaries are computed by the org; devorg has no roll-up engine, so the value
        // reads as null.
        b = FieldDef.builder(fieldName, FieldType.DOUBLE).derived(true).createable(false)
            .updateable(false);
        break;
      default:
        throw f.problem(typeElement, UNSUPPORTED.contains(type)
            ? "<type> '" + type + "' is a Salesforce field type devorg does not support"
            : "<type> '" + type + "' is not a known field type");
    }
    if (formula) {
      // devorg evaluates no formulas: the field is read-only and reads as null.
      b.derived(true).createable(false).updateable(false);
    }
    boolean required = masterDetail || f.bool("required").orElse(false);
    if (required && (type.equals("Checkbox") || formula || type.equals("AutoNumber"))) {
      throw f.problem(field.child("required").orElse(field),
          "<required> cannot be true on a " + (formula ? "formula" : type) + " field");
    }
    boolean externalId = f.bool("externalId").orElse(false);
    if (externalId && !Set.of("Text", "Number", "Email", "AutoNumber").contains(type)) {
      throw f.problem(field.child("externalId").orElseThrow(),
          "<externalId> is only allowed on Text, Number, Email and AutoNumber fields, not " + type);
    }
    boolean unique = f.bool("unique").orElse(false);
    if (unique && !Set.of("Text", "Number", "Email", "EncryptedText").contains(type)) {
      throw f.problem(field.child("unique").orElseThrow(),
          "<unique> is only allowed on Text, Number, Email and EncryptedText fields, not " + type);
    }
    literalDefault(type, f).ifPresent(b::defaultValue);
    FieldDef def = b.label(label).required(required && !formula).unique(unique)
        .externalId(externalId).custom(true).build();
    return new FieldChange(ref, objectName, def, masterDetail, childRelationship);
  }

  private static FieldDef.Builder number(FieldType type, String fieldName, ComponentElement f)
      throws MetadataException {
    int precision = f.intIn("precision", 1, 18);
    int scale = f.optionalIntIn("scale", 0, precision).orElse(0);
    return FieldDef.builder(fieldName, type).precision(precision).scale(scale);
  }

  private static FieldDef.Builder reference(XmlElement field, String fieldName, ComponentElement f,
      boolean masterDetail) throws MetadataException {
    String target = f.required("referenceTo");
    if (field.children("referenceTo").size() > 1) {
      throw f.problem(field.children("referenceTo").get(1),
          "<referenceTo> may name only one object");
    }
    boolean required = f.bool("required").orElse(false);
    Optional<String> constraint = f.optional("deleteConstraint");
    if (constraint.isPresent() && !Set.of("SetNull", "Restrict", "Cascade").contains(constraint.get())) {
      throw f.problem(field.child("deleteConstraint").orElseThrow(), "<deleteConstraint> '"
          + constraint.get() + "' is not one of SetNull, Restrict, Cascade");
    }
    if (masterDetail && constraint.isPresent()) {
      throw f.problem(field.child("deleteConstraint").orElseThrow(),
          "<deleteConstraint> is not allowed on a MasterDetail field: details are always deleted with their master");
    }
    if (!masterDetail && required && constraint.orElse("SetNull").equals("SetNull")) {
      // Salesforce refuses this too: deleting the parent would have to blank a required field.
      throw f.problem(field.child("required").orElse(field),
          "a required Lookup needs <deleteConstraint> Restrict or Cascade, not SetNull");
    }
    String base = fieldName.substring(0, fieldName.length() - "__c".length());
    // A master-detail field can be re-pointed only when reparentableMasterDetail is set.
    boolean updateable = !masterDetail || f.bool("reparentableMasterDetail").orElse(false);
    return FieldDef.builder(fieldName, FieldType.REFERENCE).referenceTo(List.of(target))
        .relationshipName(base + "__r").updateable(updateable);
  }

  /**
   * A defaultValue that is a plain literal (number, quoted text). Salesforce defaults are
   * formulas; devorg evaluates none, so TODAY() and friends are ignored.
   */
  private static Optional<Object> literalDefault(String type, ComponentElement f) {
    Optional<String> raw = f.optional("defaultValue");
    if (raw.isEmpty() || type.equals("Checkbox")) {
      return Optional.empty();
    }
    String v = raw.get();
    if (Set.of("Number", "Currency", "Percent").contains(type) && v.matches("-?\\d+(\\.\\d+)?")) {
      return Optional.of(new BigDecimal(v));
    }
    if (Set.of("Text", "TextArea", "Email", "Phone", "Url").contains(type)
        && v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
      return Optional.of(v.substring(1, v.length() - 1));
    }
    return Optional.empty();
  }
}
