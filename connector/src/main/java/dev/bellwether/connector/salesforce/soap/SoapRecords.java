package dev.bellwether.connector.salesforce.soap;

import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.bind.XmlObject;
import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmException.Kind;
import dev.bellwether.connector.CrmRecord;
import dev.bellwether.connector.FieldSchema;
import dev.bellwether.connector.ObjectSchema;
import dev.bellwether.connector.salesforce.values.Namespace;
import dev.bellwether.connector.salesforce.values.WireValues;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns the partner API's untyped sObjects into {@link CrmRecord}s: unqualified names, values
 * typed by the schema, parent records ({@code <sf:Owner xsi:type="sf:sObject">}) flattened to
 * dotted names ("Owner.Name"), which stay text because the schema does not describe them.
 *
 * <p>Salesforce repeats {@code sf:Id} when Id is selected and sends a nil {@code sf:Id} on parent
 * records and on rows that did not select it; the first non-nil one is the record's id. A parent
 * that is absent arrives as a nil element carrying no fields, so its dotted fields are simply
 * not in the record (read as null).
 */
final class SoapRecords {
  private final ObjectSchema schema;
  private final Namespace namespace;

  SoapRecords(ObjectSchema schema, Namespace namespace) {
    this.schema = schema;
    this.namespace = namespace;
  }

  CrmRecord toRecord(SObject row) throws CrmException {
    String object = row.getType() == null ? null : namespace.unqualify(row.getType());
    String id = null;
    Map<String, Object> values = new LinkedHashMap<>();
    for (Iterator<XmlObject> it = row.getChildren(); it.hasNext(); ) {
      XmlObject element = it.next();
      String name = element.getName().getLocalPart();
      if ("type".equals(name)) {
        continue;
      }
      if ("Id".equals(name)) {
        if (id == null && element.getValue() != null) {
          id = element.getValue().toString();
          values.put("Id", id);
        }
        continue;
      }
      add(values, "", namespace.unqualify(name), element, object);
    }
    return new CrmRecord(object == null ? "" : object, id, values);
  }

  private void add(Map<String, Object> values, String parentPath, String name, XmlObject element, String object)
      throws CrmException {
    String path = parentPath + name;
    if (element.hasChildren()) {
      for (Iterator<XmlObject> it = element.getChildren(); it.hasNext(); ) {
        XmlObject child = it.next();
        String childName = child.getName().getLocalPart();
        boolean parentMarker = "type".equals(childName) || ("Id".equals(childName) && child.getValue() == null);
        if (!parentMarker) {
          add(values, path + ".", namespace.unqualify(childName), child, object);
        }
      }
      return;
    }
    FieldSchema field = parentPath.isEmpty() ? schema.field(name).orElse(null) : null;
    Object raw = element.getValue();
    if (raw == null) {
      if (field != null || !parentPath.isEmpty()) {
        values.put(path, null);
      }
      return;
    }
    String text = raw.toString();
    if (field == null) {
      values.put(path, text);
      return;
    }
    try {
      values.put(path, WireValues.fromText(field.type(), text));
    } catch (IllegalArgumentException e) {
      throw new CrmException(Kind.PROTOCOL, null, object,
          "field " + path + " of " + object + " is not a valid " + field.type() + ": " + e.getMessage(), e);
    }
  }
}
