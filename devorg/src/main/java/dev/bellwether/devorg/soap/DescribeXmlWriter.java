package dev.bellwether.devorg.soap;

import dev.bellwether.devorg.describe.ChildRelationship;
import dev.bellwether.devorg.describe.FieldDescription;
import dev.bellwether.devorg.describe.PicklistEntry;
import dev.bellwether.devorg.describe.RecordTypeInfo;
import dev.bellwether.devorg.describe.SObjectDescription;

/**
 * Renders the shared describe model as partner XML. Every element follows the partner
 * WSDL's sequence (DescribeSObjectResult, Field, ChildRelationship, ...), which WSC enforces;
 * attributes devorg cannot vary are written as Salesforce reports them for a plain org.
 */
final class DescribeXmlWriter {
  private final String baseUrl;

  DescribeXmlWriter(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** One DescribeGlobalSObjectResult (tag "sobjects"). */
  void writeGlobalEntry(XmlWriter out, SObjectDescription d) {
    out.open("sobjects")
        .element("activateable", d.activateable())
        .nil("associateEntityType")
        .nil("associateParentEntity")
        .element("createable", d.createable())
        .element("custom", d.custom())
        .element("customSetting", d.customSetting())
        .element("dataTranslationEnabled", false)
        .element("deepCloneable", false)
        .element("deletable", d.deletable())
        .element("deprecatedAndHidden", d.deprecatedAndHidden())
        .element("feedEnabled", d.feedEnabled())
        .element("hasSubtypes", false)
        .element("idEnabled", true)
        .element("isInterface", false)
        .element("isSubtype", false)
        .element("keyPrefix", d.keyPrefix())
        .element("label", d.label())
        .element("labelPlural", d.labelPlural())
        .element("layoutable", d.layoutable())
        .element("mergeable", d.mergeable())
        .element("mruEnabled", d.mruEnabled())
        .element("name", d.name())
        .element("queryable", d.queryable())
        .element("replicateable", d.replicateable())
        .element("retrieveable", d.retrieveable())
        .element("searchable", d.searchable())
        .element("triggerable", d.triggerable())
        .element("undeletable", d.undeletable())
        .element("updateable", d.updateable())
        .close("sobjects");
  }

  /** One DescribeSObjectResult (tag "result"). */
  void writeObject(XmlWriter out, SObjectDescription d) {
    out.open("result")
        .element("activateable", d.activateable())
        .nil("associateEntityType")
        .nil("associateParentEntity");
    for (ChildRelationship r : d.childRelationships()) {
      out.open("childRelationships")
          .element("cascadeDelete", r.cascadeDelete())
          .element("childSObject", r.childSObject())
          .element("deprecatedAndHidden", r.deprecatedAndHidden())
          .element("field", r.field())
          .optional("relationshipName", r.relationshipName())
          .element("restrictedDelete", r.restrictedDelete())
          .close("childRelationships");
    }
    out.element("compactLayoutable", d.layoutable())
        .element("createable", d.createable())
        .element("custom", d.custom())
        .element("customSetting", d.customSetting())
        .element("dataTranslationEnabled", false)
        .element("deepCloneable", false)
        .nil("defaultImplementation")
        .element("deletable", d.deletable())
        .element("deprecatedAndHidden", d.deprecatedAndHidden())
        .element("feedEnabled", d.feedEnabled());
    for (FieldDescription f : d.fields()) {
      writeField(out, f);
    }
    out.element("hasSubtypes", false)
        .element("idEnabled", true)
        .nil("implementedBy")
        .nil("implementsInterfaces")
        .element("isInterface", false)
        .element("isSubtype", false)
        .element("keyPrefix", d.keyPrefix())
        .element("label", d.label())
        .element("labelPlural", d.labelPlural())
        .element("layoutable", d.layoutable())
        .element("listviewable", d.layoutable())
        .element("lookupLayoutable", d.layoutable())
        .element("mergeable", d.mergeable())
        .element("mruEnabled", d.mruEnabled())
        .element("name", d.name())
        .nil("networkScopeFieldName")
        .element("queryable", d.queryable());
    for (RecordTypeInfo rt : d.recordTypeInfos()) {
      out.open("recordTypeInfos")
          .element("active", rt.active())
          .element("available", rt.available())
          .element("defaultRecordTypeMapping", rt.defaultRecordTypeMapping())
          .element("developerName", rt.developerName())
          .element("master", rt.master())
          .element("name", rt.name())
          .element("recordTypeId", rt.recordTypeId())
          .close("recordTypeInfos");
    }
    out.element("replicateable", d.replicateable())
        .element("retrieveable", d.retrieveable())
        .element("searchLayoutable", d.searchable())
        .element("searchable", d.searchable())
        .element("triggerable", d.triggerable())
        .element("undeletable", d.undeletable())
        .element("updateable", d.updateable())
        // The classic UI urls; {ID} is a placeholder Salesforce leaves in, too.
        .element("urlDetail", baseUrl + "/{ID}")
        .element("urlEdit", baseUrl + "/{ID}/e")
        .element("urlNew", baseUrl + "/" + d.keyPrefix() + "/e")
        .close("result");
  }

  private static void writeField(XmlWriter out, FieldDescription f) {
    out.open("fields")
        .element("aggregatable", f.aggregatable())
        .element("aiPredictionField", false)
        .element("autoNumber", f.autoNumber())
        .element("byteLength", f.byteLength())
        .element("calculated", f.calculated())
        .element("cascadeDelete", f.cascadeDelete())
        .element("caseSensitive", f.caseSensitive())
        .element("createable", f.createable())
        .element("custom", f.custom());
    if (f.defaultValue() != null) {
      // anyType: the xsi:type tells the client how to read the value.
      out.typed("defaultValue", SoapValues.xsdType(f.defaultValue()), SoapValues.text(f.defaultValue()));
    }
    out.element("defaultedOnCreate", f.defaultedOnCreate())
        .element("dependentPicklist", f.dependentPicklist())
        .element("deprecatedAndHidden", f.deprecatedAndHidden())
        .element("digits", f.digits())
        .element("externalId", f.externalId())
        .optional("extraTypeInfo", f.extraTypeInfo())
        .element("filterable", f.filterable())
        .element("groupable", f.groupable())
        .element("htmlFormatted", f.htmlFormatted())
        .element("idLookup", f.idLookup())
        .element("label", f.label())
        .element("length", f.length())
        .element("name", f.name())
        .element("nameField", f.nameField())
        .element("namePointing", f.namePointing())
        .element("nillable", f.nillable())
        .element("permissionable", f.permissionable());
    for (PicklistEntry p : f.picklistValues()) {
      out.open("picklistValues")
          .element("active", p.active())
          .element("defaultValue", p.defaultValue())
          .element("label", p.label())
          .optional("validFor", p.validFor())
          .element("value", p.value())
          .close("picklistValues");
    }
    out.element("polymorphicForeignKey", f.polymorphicForeignKey())
        .element("precision", f.precision())
        .element("queryByDistance", false);
    for (String target : f.referenceTo()) {
      out.element("referenceTo", target);
    }
    out.optional("relationshipName", f.relationshipName());
    if (!f.referenceTo().isEmpty()) {
      out.element("restrictedDelete", f.restrictedDelete());
    }
    out.element("restrictedPicklist", f.restrictedPicklist())
        .element("scale", f.scale())
        .element("searchPrefilterable", false)
        .element("soapType", f.soapType())
        .element("sortable", f.sortable())
        .element("type", f.type())
        .element("unique", f.unique())
        .element("updateable", f.updateable())
        .close("fields");
  }
}
