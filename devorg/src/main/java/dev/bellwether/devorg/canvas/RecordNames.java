package dev.bellwether.devorg.canvas;

import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.store.StoredRecord;
import java.util.List;

/** The field Lightning shows as a record's title: Name, or CaseNumber, ContractNumber, Subject. */
public final class RecordNames {
  private static final List<String> CANDIDATES = List.of("Name", "CaseNumber", "ContractNumber", "Subject");

  private RecordNames() {}

  /** The name field of an object, or "Id" when it has none of the usual ones. */
  public static String nameField(ObjectDef type) {
    for (String f : CANDIDATES) {
      if (type.indexOf(f) >= 0) {
        return f;
      }
    }
    return "Id";
  }

  /** A record's title, falling back to its id when the name is empty. */
  public static String nameOf(StoredRecord r) {
    Object v = r.get(nameField(r.type()));
    return v == null || v.toString().isBlank() ? r.id() : v.toString();
  }
}
