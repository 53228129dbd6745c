package dev.bellwether.devorg.describe;

import java.util.List;
import java.util.Map;

/**
 * One object as describeSObject reports it, independent of the surface. describeGlobal
 * reports the same flags without fields, child relationships and record types.
 *
 * @param urls the REST resources of the object (sobject, describe, rowTemplate, ...) for the
 *     API version described
 */
public record SObjectDescription(
    String name,
    String label,
    String labelPlural,
    String keyPrefix,
    boolean custom,
    boolean customSetting,
    boolean activateable,
    boolean createable,
    boolean updateable,
    boolean deletable,
    boolean undeletable,
    boolean mergeable,
    boolean queryable,
    boolean retrieveable,
    boolean searchable,
    boolean replicateable,
    boolean triggerable,
    boolean layoutable,
    boolean feedEnabled,
    boolean mruEnabled,
    boolean deprecatedAndHidden,
    List<FieldDescription> fields,
    List<ChildRelationship> childRelationships,
    List<RecordTypeInfo> recordTypeInfos,
    Map<String, String> urls) {

  public SObjectDescription {
    fields = List.copyOf(fields);
    childRelationships = List.copyOf(childRelationships);
    recordTypeInfos = List.copyOf(recordTypeInfos);
    urls = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(urls));
  }
}
