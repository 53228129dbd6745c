package dev.bellwether.devorg.soap;

import java.util.Map;

/**
 * Writes sObjects as Salesforce's partner API does: type, then the Id element (nil when Id was
 * not selected), then the selected fields in order, so a selected Id appears twice. Parent
 * relationships nest as sObjects, subqueries as QueryResults.
 */
final class SObjectXmlWriter {
  private SObjectXmlWriter() {}

  /** One record as element tag (records, result, sf:Owner...) of xsi:type sf:sObject. */
  static void write(XmlWriter out, String tag, SObjectView row) {
    out.open(tag, "sf:sObject")
        .element("sf:type", row.type())
        .element("sf:Id", row.id());
    for (Map.Entry<String, Object> e : row.fields().entrySet()) {
      String fieldTag = "sf:" + e.getKey();
      Object v = e.getValue();
      if (v == null) {
        out.nil(fieldTag);
      } else if (v instanceof SObjectView parent) {
        write(out, fieldTag, parent);
      } else if (v instanceof SObjectView.ChildRecords children) {
        writeChildren(out, fieldTag, children);
      } else if (row.typedValues()) {
        out.typed(fieldTag, SoapValues.xsdType(v), SoapValues.text(v));
      } else {
        out.element(fieldTag, SoapValues.text(v));
      }
    }
    out.close(tag);
  }

  private static void writeChildren(XmlWriter out, String tag, SObjectView.ChildRecords children) {
    out.open(tag, "QueryResult")
        .element("done", true)
        .nil("queryLocator");
    for (SObjectView child : children.records()) {
      write(out, "records", child);
    }
    out.element("size", children.records().size())
        .close(tag);
  }
}
