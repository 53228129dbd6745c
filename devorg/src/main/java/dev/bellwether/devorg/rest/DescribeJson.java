package dev.bellwether.devorg.rest;

import dev.bellwether.devorg.describe.ChildRelationship;
import dev.bellwether.devorg.describe.FieldDescription;
import dev.bellwether.devorg.describe.GlobalDescription;
import dev.bellwether.devorg.describe.PicklistEntry;
import dev.bellwether.devorg.describe.RecordTypeInfo;
import dev.bellwether.devorg.describe.SObjectDescription;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders describe results as REST JSON, keys in Salesforce's (alphabetical) order. Attributes
 * devorg never varies (encrypted, mask, interfaces...) are written as the constants a plain
 * org reports.
 */
final class DescribeJson {
  private final String baseUrl;

  /** @param baseUrl where the org is served, for the UI urls of a describe */
  DescribeJson(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  Map<String, Object> global(GlobalDescription g) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("encoding", g.encoding());
    out.put("maxBatchSize", g.maxBatchSize());
    List<Map<String, Object>> list = new ArrayList<>();
    for (SObjectDescription d : g.sobjects()) {
      list.add(summary(d));
    }
    out.put("sobjects", list);
    return out;
  }

  /** The describeGlobal entry of an object (also /sobjects/{type}'s objectDescribe). */
  Map<String, Object> summary(SObjectDescription d) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("activateable", d.activateable());
    o.put("associateEntityType", null);
    o.put("associateParentEntity", null);
    o.put("createable", d.createable());
    o.put("custom", d.custom());
    o.put("customSetting", d.customSetting());
    o.put("deepCloneable", false);
    o.put("deletable", d.deletable());
    o.put("deprecatedAndHidden", d.deprecatedAndHidden());
    o.put("feedEnabled", d.feedEnabled());
    o.put("hasSubtypes", false);
    o.put("isInterface", false);
    o.put("isSubtype", false);
    o.put("keyPrefix", d.keyPrefix());
    o.put("label", d.label());
    o.put("labelPlural", d.labelPlural());
    o.put("layoutable", d.layoutable());
    o.put("mergeable", d.mergeable());
    o.put("mruEnabled", d.mruEnabled());
    o.put("name", d.name());
    o.put("queryable", d.queryable());
    o.put("replicateable", d.replicateable());
    o.put("retrieveable", d.retrieveable());
    o.put("searchable", d.searchable());
    o.put("triggerable", d.triggerable());
    o.put("undeletable", d.undeletable());
    o.put("updateable", d.updateable());
    o.put("urls", d.urls());
    return o;
  }

  /** The full describe of /sobjects/{type}/describe. */
  Map<String, Object> full(SObjectDescription d) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("actionOverrides", List.of());
    o.put("activateable", d.activateable());
    o.put("associateEntityType", null);
    o.put("associateParentEntity", null);
    o.put("childRelationships", children(d.childRelationships()));
    o.put("compactLayoutable", d.layoutable());
    o.put("createable", d.createable());
    o.put("custom", d.custom());
    o.put("customSetting", d.customSetting());
    o.put("deepCloneable", false);
    o.put("defaultImplementation", null);
    o.put("deletable", d.deletable());
    o.put("deprecatedAndHidden", d.deprecatedAndHidden());
    o.put("extendedBy", null);
    o.put("extendsInterfaces", null);
    o.put("feedEnabled", d.feedEnabled());
    List<Map<String, Object>> fields = new ArrayList<>();
    for (FieldDescription f : d.fields()) {
      fields.add(field(f));
    }
    o.put("fields", fields);
    o.put("hasSubtypes", false);
    o.put("implementedBy", null);
    o.put("implementsInterfaces", null);
    o.put("isInterface", false);
    o.put("isSubtype", false);
    o.put("keyPrefix", d.keyPrefix());
    o.put("label", d.label());
    o.put("labelPlural", d.labelPlural());
    o.put("layoutable", d.layoutable());
    o.put("listviewable", null);
    o.put("lookupLayoutable", null);
    o.put("mergeable", d.mergeable());
    o.put("mruEnabled", d.mruEnabled());
    o.put("name", d.name());
    o.put("namedLayoutInfos", List.of());
    o.put("networkScopeFieldName", null);
    o.put("queryable", d.queryable());
    o.put("recordTypeInfos", recordTypes(d));
    o.put("replicateable", d.replicateable());
    o.put("retrieveable", d.retrieveable());
    o.put("searchLayoutable", d.searchable());
    o.put("searchable", d.searchable());
    o.put("sobjectDescribeOption", "FULL");
    o.put("supportedScopes", scopes(d));
    o.put("triggerable", d.triggerable());
    o.put("undeletable", d.undeletable());
    o.put("updateable", d.updateable());
    Map<String, String> urls = new LinkedHashMap<>(d.urls());
    urls.put("uiEditTemplate", baseUrl + "/{ID}/e");
    urls.put("uiDetailTemplate", baseUrl + "/{ID}");
    urls.put("uiNewRecord", baseUrl + "/" + d.keyPrefix() + "/e");
    o.put("urls", urls);
    return o;
  }

  private static List<Map<String, Object>> children(List<ChildRelationship> rels) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ChildRelationship c : rels) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("cascadeDelete", c.cascadeDelete());
      m.put("childSObject", c.childSObject());
      m.put("deprecatedAndHidden", c.deprecatedAndHidden());
      m.put("field", c.field());
      m.put("junctionIdListNames", List.of());
      m.put("junctionReferenceTo", List.of());
      m.put("relationshipName", c.relationshipName());
      m.put("restrictedDelete", c.restrictedDelete());
      out.add(m);
    }
    return out;
  }

  private static Map<String, Object> field(FieldDescription f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("aggregatable", f.aggregatable());
    m.put("aiPredictionField", false);
    m.put("autoNumber", f.autoNumber());
    m.put("byteLength", f.byteLength());
    m.put("calculated", f.calculated());
    m.put("calculatedFormula", null);
    m.put("cascadeDelete", f.cascadeDelete());
    m.put("caseSensitive", f.caseSensitive());
    m.put("compoundFieldName", null);
    m.put("controllerName", null);
    m.put("createable", f.createable());
    m.put("custom", f.custom());
    m.put("defaultValue", f.defaultValue());
    m.put("defaultValueFormula", null);
    m.put("defaultedOnCreate", f.defaultedOnCreate());
    m.put("dependentPicklist", f.dependentPicklist());
    m.put("deprecatedAndHidden", f.deprecatedAndHidden());
    m.put("digits", f.digits());
    m.put("displayLocationInDecimal", false);
    m.put("encrypted", false);
    m.put("externalId", f.externalId());
    m.put("extraTypeInfo", f.extraTypeInfo());
    m.put("filterable", f.filterable());
    m.put("filteredLookupInfo", null);
    m.put("formulaTreatNullNumberAsZero", false);
    m.put("groupable", f.groupable());
    m.put("highScaleNumber", false);
    m.put("htmlFormatted", f.htmlFormatted());
    m.put("idLookup", f.idLookup());
    m.put("inlineHelpText", null);
    m.put("label", f.label());
    m.put("length", f.length());
    m.put("mask", null);
    m.put("maskType", null);
    m.put("name", f.name());
    m.put("nameField", f.nameField());
    m.put("namePointing", f.namePointing());
    m.put("nillable", f.nillable());
    m.put("permissionable", f.permissionable());
    m.put("picklistValues", picklist(f.picklistValues()));
    m.put("polymorphicForeignKey", f.polymorphicForeignKey());
    m.put("precision", f.precision());
    m.put("queryByDistance", false);
    m.put("referenceTargetField", null);
    m.put("referenceTo", f.referenceTo());
    m.put("relationshipName", f.relationshipName());
    m.put("relationshipOrder", f.relationshipName() == null ? null : 0);
    m.put("restrictedDelete", f.restrictedDelete());
    m.put("restrictedPicklist", f.restrictedPicklist());
    m.put("scale", f.scale());
    m.put("searchPrefilterable", false);
    m.put("soapType", f.soapType());
    m.put("sortable", f.sortable());
    m.put("type", f.type());
    m.put("unique", f.unique());
    m.put("updateable", f.updateable());
    m.put("writeRequiresMasterRead", false);
    return m;
  }

  private static List<Map<String, Object>> picklist(List<PicklistEntry> entries) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (PicklistEntry e : entries) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("active", e.active());
      m.put("defaultValue", e.defaultValue());
      m.put("label", e.label());
      m.put("validFor", e.validFor());
      m.put("value", e.value());
      out.add(m);
    }
    return out;
  }

  private static List<Map<String, Object>> recordTypes(SObjectDescription d) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (RecordTypeInfo r : d.recordTypeInfos()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("active", r.active());
      m.put("available", r.available());
      m.put("defaultRecordTypeMapping", r.defaultRecordTypeMapping());
      m.put("developerName", r.developerName());
      m.put("master", r.master());
      m.put("name", r.name());
      m.put("recordTypeId", r.recordTypeId());
      m.put("urls", Map.of("layout", d.urls().get("sobject") + "/describe/layouts/" + r.recordTypeId()));
      out.add(m);
    }
    return out;
  }

  /** "All accounts" for everything; "My accounts" too when records have owners. */
  private static List<Map<String, Object>> scopes(SObjectDescription d) {
    String plural = d.labelPlural().toLowerCase(Locale.ROOT);
    List<Map<String, Object>> out = new ArrayList<>();
    out.add(scope("All " + plural, "everything"));
    if (d.fields().stream().anyMatch(f -> f.name().equals("OwnerId"))) {
      out.add(scope("My " + plural, "mine"));
    }
    return out;
  }

  private static Map<String, Object> scope(String label, String name) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("label", label);
    m.put("name", name);
    return m;
  }
}
