package dev.bellwether.devorg.describe;

import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.FieldType;
import dev.bellwether.devorg.schema.ObjectDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Computes a {@link FieldDescription} from a {@link FieldDef}. Where the schema keeps no
 * attribute, the value follows a rule that matches Salesforce for the standard objects:
 * <ul>
 *   <li>autoNumber: a derived text field whose name ends in "Number" (CaseNumber,
 *       ContractNumber); the schema folds auto-number fields into text.</li>
 *   <li>nameField: the field called Name, else the auto-number field, else Subject.</li>
 *   <li>long text (textarea over 255 characters) is neither filterable, sortable nor
 *       groupable; decimals and date-times are not groupable; checkboxes not aggregatable.</li>
 *   <li>calculated: derived custom fields (formulas); the standard derived fields are not
 *       formulas in Salesforce either.</li>
 *   <li>cascadeDelete: a required lookup behaves like a master-detail relationship.</li>
 * </ul>
 */
final class FieldDescriber {
  /** Salesforce sizes text in bytes as three per character (UTF-8 worst case). */
  private static final int BYTES_PER_CHAR = 3;

  FieldDescription describe(ObjectDef object, FieldDef f) {
    FieldType t = f.type();
    boolean longText = t == FieldType.TEXTAREA && f.length() > 255;
    boolean autoNumber = isAutoNumber(f);
    boolean nameField = f.name().equals(nameFieldOf(object));
    boolean boolType = t == FieldType.BOOLEAN;
    boolean polymorphic = f.referenceTo().size() > 1;
    return new FieldDescription(
        f.name(),
        f.label(),
        t.describeName(),
        t.soapType(),
        textual(t) ? f.length() : 0,
        t == FieldType.INT ? 0 : f.precision(),
        t.isDecimal() ? f.scale() : 0,
        textual(t) ? f.length() * BYTES_PER_CHAR : 0,
        t == FieldType.INT ? f.precision() : 0,
        f.nillable(),
        f.writableOnCreate(),
        f.writableOnUpdate(),
        f.unique(),
        f.externalId(),
        t == FieldType.ID || f.unique() || f.externalId() || (nameField && t == FieldType.STRING),
        false,
        f.custom(),
        f.custom() && f.derived(),
        autoNumber,
        f.defaultValue() != null || f.derived() || boolType || f.name().equals("OwnerId"),
        nameField,
        !longText,
        !longText,
        !longText && !t.isDecimal() && t != FieldType.DATETIME,
        !longText && !boolType,
        polymorphic,
        polymorphic,
        false,
        f.custom() && f.nillable() && !f.derived(),
        t == FieldType.REFERENCE && f.required(),
        false,
        false,
        false,
        extraTypeInfo(object, f),
        defaultValue(f),
        picklist(f),
        f.referenceTo(),
        f.relationshipName(),
        f.restrictedPicklist());
  }

  /** The name field of an object (see the class comment), or null. */
  static String nameFieldOf(ObjectDef object) {
    if (object.field("Name").isPresent()) {
      return object.field("Name").get().name();
    }
    for (FieldDef f : object.fields()) {
      if (isAutoNumber(f)) {
        return f.name();
      }
    }
    return object.field("Subject").map(FieldDef::name).orElse(null);
  }

  static boolean isAutoNumber(FieldDef f) {
    return f.derived() && f.type() == FieldType.STRING && !f.name().equals("Name")
        && f.name().endsWith("Number");
  }

  private static boolean textual(FieldType t) {
    return t.isText() || t == FieldType.ID || t == FieldType.REFERENCE;
  }

  private static String extraTypeInfo(ObjectDef object, FieldDef f) {
    if (f.type() == FieldType.TEXTAREA) {
      return "plaintextarea";
    }
    if (f.name().equals("Name") && object.field("FirstName").isPresent()
        && object.field("LastName").isPresent()) {
      return "personname";
    }
    return null;
  }

  /** Checkboxes report their default (false when none); picklists carry it on the entry. */
  private static Object defaultValue(FieldDef f) {
    if (f.type() == FieldType.BOOLEAN) {
      return f.defaultValue() == null ? Boolean.FALSE
          : Boolean.valueOf(f.defaultValue().toString().toLowerCase(Locale.ROOT));
    }
    if (f.type() == FieldType.PICKLIST || f.defaultValue() == null) {
      return null;
    }
    return f.defaultValue().toString();
  }

  private static List<PicklistEntry> picklist(FieldDef f) {
    List<PicklistEntry> out = new ArrayList<>(f.picklistValues().size());
    for (String v : f.picklistValues()) {
      boolean isDefault = f.defaultValue() != null && Objects.equals(f.defaultValue().toString(), v);
      out.add(new PicklistEntry(true, isDefault, v, v, null));
    }
    return out;
  }
}
