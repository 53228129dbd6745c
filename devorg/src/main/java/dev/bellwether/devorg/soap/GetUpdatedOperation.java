package dev.bellwether.devorg.soap;

import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.store.StoredRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** getUpdated(type, start, end): ids of live records whose SystemModstamp lies in the window. */
final class GetUpdatedOperation implements SoapOperation {
  /** Salesforce refuses windows that would return more ids than this. */
  static final int MAX_IDS = 600_000;

  @Override
  public void invoke(SoapCall call, XmlWriter out) {
    ObjectDef type = SObjectTypes.require(call.org(), call.params().childText("sObjectType"));
    ReplicationWindow w = ReplicationWindow.of(call.params(), call.org().clock().instant());
    List<String> ids = new ArrayList<>();
    for (StoredRecord r : call.org().store().scan(type, false)) {
      if (r.get("SystemModstamp") instanceof Instant stamp && w.contains(stamp)) {
        ids.add(r.id());
      }
    }
    if (ids.size() > MAX_IDS) {
      throw SoapFault.unexpected("EXCEEDED_ID_LIMIT", "Too many ids (" + ids.size()
          + "); choose startDate and endDate closer together");
    }
    out.open("getUpdatedResponse").open("result");
    for (String id : ids) {
      out.element("ids", id);
    }
    out.element("latestDateCovered", SoapValues.text(w.latestDateCovered()))
        .close("result").close("getUpdatedResponse");
  }
}
