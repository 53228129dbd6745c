package dev.bellwether.devorg.rest;

import dev.bellwether.devorg.http.ApiException;
import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.store.Ids;
import dev.bellwether.devorg.store.OrgStore;
import dev.bellwether.devorg.store.StoredRecord;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finding records by an external id field (or Id) for the /sobjects/{type}/{field}/{value} URLs. */
final class ExternalIds {
  private ExternalIds() {}

  /** The key field of the URL; unknown → 404, not an external id → 400 INVALID_FIELD. */
  static FieldDef keyField(ObjectDef type, String fieldName) {
    FieldDef key = type.field(fieldName).orElseThrow(() -> new ApiException(404, "NOT_FOUND",
        "Provided external ID field does not exist or is not accessible: " + fieldName));
    if (!key.externalId() && !key.unique() && !key.name().equals("Id")) {
      throw new ApiException(400, "INVALID_FIELD", "Field " + key.name()
          + " is not an external id field or indexed field on " + type.name(), List.of(key.name()));
    }
    return key;
  }

  /** The live records whose key field holds the value (case-insensitively, as Salesforce). */
  static List<StoredRecord> matches(OrgStore store, ObjectDef type, FieldDef key, String value) {
    if (value == null || value.isEmpty()) {
      return List.of();
    }
    if (key.name().equals("Id")) {
      Optional<StoredRecord> r = Optional.ofNullable(Ids.normalize(value)).flatMap(store::find)
          .filter(x -> x.type() == type && !x.deleted());
      return r.map(List::of).orElse(List.of());
    }
    List<StoredRecord> out = new ArrayList<>();
    for (String id : store.lookup(type, key, value)) {
      store.find(id).filter(r -> !r.deleted()).ifPresent(out::add);
    }
    out.sort((a, b) -> a.id().compareTo(b.id()));
    return out;
  }

  /** 300 Multiple Choices: the urls of every matching record, as Salesforce answers. */
  static Response multipleChoices(List<StoredRecord> matches, ApiVersion version) {
    List<String> urls = new ArrayList<>();
    for (StoredRecord r : matches) {
      urls.add(version.root() + "/sobjects/" + r.type().name() + "/" + r.id());
    }
    return RestResponses.json(300, urls);
  }
}
