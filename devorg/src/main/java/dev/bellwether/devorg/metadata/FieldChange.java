package dev.bellwether.devorg.metadata;

import dev.bellwether.devorg.schema.FieldDef;

/**
 * One custom field a package defines.
 *
 * @param masterDetail true for a MasterDetail relationship: the object it sits on loses its
 *     owner and takes its sharing from the master
 * @param childRelationshipName the metadata's {@code <relationshipName>} plus "__r": the name
 *     the parent object uses in subqueries; null for non-relationship fields
 */
public record FieldChange(ComponentRef source, String objectName, FieldDef field,
    boolean masterDetail, String childRelationshipName) {}
