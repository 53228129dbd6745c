package dev.bellwether.devorg.metadata;

import dev.bellwether.devorg.schema.FieldDef;

/**
 * A custom object's own definition (labels, name field, sharing), without its custom fields.
 *
 * @param controlledByParent sharingModel ControlledByParent: the object has no owner
 */
public record ObjectSpec(ComponentRef source, String name, String label, String pluralLabel,
    FieldDef nameField, boolean controlledByParent) {}
