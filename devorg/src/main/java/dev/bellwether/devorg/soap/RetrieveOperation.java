package dev.bellwether.devorg.soap;

import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.store.Ids;
import dev.bellwether.devorg.store.StoredRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * retrieve(fieldList, sObjectType, ids): one result per id, in request order; an id with no
 * live record of that type gives {@code <result xsi:nil="true"/>}.
 */
final class RetrieveOperation implements SoapOperation {
  /** Salesforce's limit on ids per retrieve call. */
  static final int MAX_IDS = 2000;

  @Override
  public void invoke(SoapCall call, XmlWriter out) {
    XmlElement p = call.params();
    ObjectDef type = SObjectTypes.require(call.org(), p.childText("sObjectType"));
    FieldList fields = FieldList.parse(call.org().schema(), type, p.childText("fieldList"));
    List<String> ids = p.childTexts("ids");
    if (ids.size() > MAX_IDS) {
      throw SoapFault.unexpected("EXCEEDED_ID_LIMIT", "retrieve takes at most " + MAX_IDS + " ids");
    }
    List<Optional<StoredRecord>> found = new ArrayList<>(ids.size());
    for (String raw : ids) {
      String id = Ids.normalize(raw.trim());
      if (id == null) {
        throw SoapFault.api(SoapFault.Detail.INVALID_ID, "MALFORMED_ID", "invalid id: " + raw);
      }
      found.add(call.org().store().find(id)
          .filter(r -> !r.deleted() && r.type().name().equals(type.name())));
    }
    out.open("retrieveResponse");
    for (Optional<StoredRecord> r : found) {
      if (r.isEmpty()) {
        out.nil("result");
      } else {
        SObjectXmlWriter.write(out, "result", fields.view(call.org().store(), r.get()));
      }
    }
    out.close("retrieveResponse");
  }
}
