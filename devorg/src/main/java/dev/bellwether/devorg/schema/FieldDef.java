package dev.bellwether.devorg.schema;

import java.util.List;

/**
 * One field of an object, as describe reports it and as the store enforces it.
 *
 * @param required true when a value must be given on create (describe: nillable=false and
 *     createable, no default)
 * @param derived computed by the org (formula-like, auto-number, system fields): never
 *     writable by clients
 */
public record FieldDef(
    String name,
    String label,
    FieldType type,
    int length,
    int precision,
    int scale,
    boolean required,
    boolean createable,
    boolean updateable,
    boolean unique,
    boolean externalId,
    boolean custom,
    boolean derived,
    boolean restrictedPicklist,
    List<String> picklistValues,
    List<String> referenceTo,
    String relationshipName,
    Object defaultValue) {

  public FieldDef {
    picklistValues = List.copyOf(picklistValues);
    referenceTo = List.copyOf(referenceTo);
  }

  /** Whether null is an acceptable stored value (describe's nillable). */
  public boolean nillable() {
    return !required && type != FieldType.BOOLEAN && !name.equals("Id");
  }

  /** True when this field may be set on insert by an API client. */
  public boolean writableOnCreate() {
    return createable && !derived;
  }

  /** True when this field may be changed on update by an API client. */
  public boolean writableOnUpdate() {
    return updateable && !derived;
  }

  /** A builder for the many optional parts of a field. */
  public static Builder builder(String name, FieldType type) {
    return new Builder(name, type);
  }

  /** Builds a {@link FieldDef}; defaults are those of an ordinary optional custom text field. */
  public static final class Builder {
    private final String name;
    private final FieldType type;
    private String label;
    private int length;
    private int precision;
    private int scale;
    private boolean required;
    private boolean createable = true;
    private boolean updateable = true;
    private boolean unique;
    private boolean externalId;
    private boolean custom;
    private boolean derived;
    private boolean restrictedPicklist;
    private List<String> picklistValues = List.of();
    private List<String> referenceTo = List.of();
    private String relationshipName;
    private Object defaultValue;

    private Builder(String name, FieldType type) {
      this.name = name;
      this.type = type;
      this.label = name;
      this.length = type.isText() || type == FieldType.ID || type == FieldType.REFERENCE
          ? (type == FieldType.TEXTAREA ? 32000 : type == FieldType.ID || type == FieldType.REFERENCE ? 18 : 255)
          : 0;
      if (type.isDecimal()) {
        precision = 18;
        scale = 2;
      }
      if (type == FieldType.INT) {
        precision = 9;
      }
    }

    public Builder label(String v) { label = v; return this; }
    public Builder length(int v) { length = v; return this; }
    public Builder precision(int v) { precision = v; return this; }
    public Builder scale(int v) { scale = v; return this; }
    public Builder required(boolean v) { required = v; return this; }
    public Builder createable(boolean v) { createable = v; return this; }
    public Builder updateable(boolean v) { updateable = v; return this; }
    public Builder unique(boolean v) { unique = v; return this; }
    public Builder externalId(boolean v) { externalId = v; return this; }
    public Builder custom(boolean v) { custom = v; return this; }
    public Builder derived(boolean v) { derived = v; return this; }
    public Builder restrictedPicklist(boolean v) { restrictedPicklist = v; return this; }
    public Builder picklistValues(List<String> v) { picklistValues = v; return this; }
    public Builder referenceTo(List<String> v) { referenceTo = v; return this; }
    public Builder relationshipName(String v) { relationshipName = v; return this; }
    public Builder defaultValue(Object v) { defaultValue = v; return this; }

    public FieldDef build() {
      return new FieldDef(name, label, type, length, precision, scale, required, createable,
          updateable, unique, externalId, custom, derived, restrictedPicklist, picklistValues,
          referenceTo, relationshipName, defaultValue);
    }
  }
}
