package dev.bellwether.devorg.soap;

import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.store.SaveError;
import dev.bellwether.devorg.store.WriteOp;
import dev.bellwether.devorg.store.WriteResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * create, update and upsert: save calls that take sObjects. The store validates and coerces
 * the text values; AllOrNoneHeader decides whether one failure fails all.
 */
final class SObjectSaveOperation implements SoapOperation {
  /** The three calls, by operation name. */
  enum Kind { CREATE, UPDATE, UPSERT }

  private final Kind kind;

  SObjectSaveOperation(Kind kind) {
    this.kind = kind;
  }

  @Override
  public void invoke(SoapCall call, XmlWriter out) {
    List<XmlElement> sobjects = call.params().all("sObjects");
    SaveBatch.checkSize(sobjects.size());
    String externalIdField = kind == Kind.UPSERT ? externalIdField(call, sobjects) : null;
    SObjectReader reader = new SObjectReader(call.org().store());
    SaveBatch batch = new SaveBatch();
    for (XmlElement element : sobjects) {
      SObjectInput in = reader.read(element);
      if (in.problem() != null) {
        batch.fail(in.problem());
      } else if (kind == Kind.CREATE) {
        batch.add(new WriteOp.Create(in.type(), in.fields()));
      } else if (kind == Kind.UPDATE) {
        if (in.id() == null) {
          batch.fail(SaveError.of("MISSING_ARGUMENT", "Id not specified in an update call"));
        } else {
          batch.add(new WriteOp.Update(in.type(), in.id(), in.fields(), in.fieldsToNull()));
        }
      } else {
        Map<String, Object> fields = new LinkedHashMap<>(in.fields());
        if (externalIdField.equals("Id") && in.id() != null) {
          fields.put("Id", in.id());
        }
        batch.add(new WriteOp.Upsert(in.type(), externalIdField, fields, in.fieldsToNull(), false));
      }
    }
    List<WriteResult> results = batch.apply(call.org(), call.writeContext(), SaveBatch.allOrNone(call.request()));
    String wrapper = kind.name().toLowerCase(java.util.Locale.ROOT) + "Response";
    out.open(wrapper);
    for (WriteResult r : results) {
      SaveResultWriter.write(out, r, kind == Kind.UPSERT);
    }
    out.close(wrapper);
  }

  /**
   * The externalIDFieldName, in its API spelling; InvalidFieldFault when the object has no
   * such external id (or Id) field, as Salesforce fails the whole call.
   */
  private static String externalIdField(SoapCall call, List<XmlElement> sobjects) {
    String name = call.params().childText("externalIDFieldName");
    if (name == null || name.isBlank()) {
      throw SoapFault.query(SoapFault.Detail.INVALID_FIELD, "INVALID_FIELD",
          "externalIDFieldName is required for upsert", -1, -1);
    }
    if (sobjects.isEmpty()) {
      return name.trim();
    }
    ObjectDef type = SObjectTypes.require(call.org(), sobjects.get(0).childText("type"));
    Optional<FieldDef> f = type.field(name.trim());
    if (f.isEmpty() || !(f.get().externalId() || f.get().name().equals("Id"))) {
      throw SoapFault.query(SoapFault.Detail.INVALID_FIELD, "INVALID_FIELD", "Field name provided, "
          + name.trim() + " is not an External ID or indexed field for " + type.name(), -1, -1);
    }
    return f.get().name();
  }
}
