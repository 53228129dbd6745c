package dev.bellwether.devorg.persist;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bellwether.devorg.auth.ConnectedApp;
import dev.bellwether.devorg.http.Json;
import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.store.StoredRecord;
import java.math.BigDecimal;
import java.util.List;

/** Writes the one-line JSON forms of what the journal keeps: objects, fields, apps, records. */
final class JournalLine {
  private JournalLine() {}

  static String object(ObjectDef o) {
    ObjectNode n = Json.MAPPER.createObjectNode().put("k", "object").put("name", o.name())
        .put("label", o.label()).put("labelPlural", o.labelPlural()).put("keyPrefix", o.keyPrefix())
        .put("custom", o.custom()).put("owned", o.field("OwnerId").isPresent());
    return n.toString();
  }

  static String field(ObjectDef o, FieldDef f) {
    ObjectNode n = Json.MAPPER.createObjectNode().put("k", "field").put("object", o.name());
    n.set("field", Json.MAPPER.valueToTree(f));
    return n.toString();
  }

  static String app(ConnectedApp a) {
    ObjectNode n = Json.MAPPER.createObjectNode().put("k", "app");
    n.set("app", Json.MAPPER.valueToTree(a));
    return n.toString();
  }

  static String record(StoredRecord r) {
    StoredRecord.State s = r.snapshot();
    ObjectNode n = Json.MAPPER.createObjectNode().put("k", "rec").put("type", r.type().name())
        .put("id", r.id()).put("deleted", s.deleted());
    if (s.deletedAt() != null) {
      n.put("deletedAt", s.deletedAt().toString());
    }
    ObjectNode values = n.putObject("values");
    List<FieldDef> fields = r.type().fields();
    Object[] v = s.values();
    for (int i = 0; i < Math.min(v.length, fields.size()); i++) {
      Object value = v[i];
      String name = fields.get(i).name();
      if (value == null) {
        continue;
      }
      if (value instanceof Boolean b) {
        values.put(name, b);
      } else if (value instanceof Integer x) {
        values.put(name, x);
      } else if (value instanceof BigDecimal d) {
        values.put(name, d.toPlainString());
      } else {
        values.put(name, value.toString());
      }
    }
    return n.toString();
  }
}
