package dev.bellwether.devorg.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.bellwether.devorg.http.ApiException;
import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.store.StoredRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A stored record as REST returns it by id: attributes first, then every requested field in
 * schema order, nulls included (Salesforce lists unset fields as null).
 */
final class StoredRecordJson {
  private final ApiVersion version;

  StoredRecordJson(ApiVersion version) {
    this.version = version;
  }

  /** The fields a "fields=a,b" parameter names, or every field when it is absent. */
  static List<FieldDef> select(ObjectDef type, String fieldList) {
    if (fieldList == null || fieldList.isBlank()) {
      return type.fields();
    }
    List<FieldDef> out = new ArrayList<>();
    for (String raw : fieldList.split(",")) {
      String name = raw.trim();
      if (name.isEmpty()) {
        continue;
      }
      FieldDef f = type.field(name).orElseThrow(() -> new ApiException(400, "INVALID_FIELD",
          "No such column '" + name + "' on entity '" + type.name() + "'. If you are attempting"
              + " to use a custom field, be sure to append the '__c' after the custom field name."
              + " Please reference your WSDL or the describe call for the appropriate names."));
      if (!out.contains(f)) {
        out.add(f);
      }
    }
    return out;
  }

  String url(String type, String id) {
    return version.root() + "/sobjects/" + type + "/" + id;
  }

  void write(JsonGenerator g, StoredRecord r, List<FieldDef> fields) throws IOException {
    g.writeStartObject();
    JsonValues.writeAttributes(g, r.type().name(), url(r.type().name(), r.id()));
    for (FieldDef f : fields) {
      g.writeFieldName(f.name());
      JsonValues.write(g, r.get(f.name()));
    }
    g.writeEndObject();
  }
}
