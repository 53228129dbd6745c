package dev.bellwether.devorg.soap;

import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.store.StoredRecord;
import java.util.ArrayList;
import java.util.List;

/** getDeleted(type, start, end): records moved to the recycle bin within the window. */
final class GetDeletedOperation implements SoapOperation {
  @Override
  public void invoke(SoapCall call, XmlWriter out) {
    ObjectDef type = SObjectTypes.require(call.org(), call.params().childText("sObjectType"));
    ReplicationWindow w = ReplicationWindow.of(call.params(), call.org().clock().instant());
    List<StoredRecord> deleted = new ArrayList<>();
    for (StoredRecord r : call.org().store().scan(type, StoredRecord::deleted)) {
      if (w.contains(r.deletedAt())) {
        deleted.add(r);
      }
    }
    if (deleted.size() > GetUpdatedOperation.MAX_IDS) {
      throw SoapFault.unexpected("EXCEEDED_ID_LIMIT", "Too many ids (" + deleted.size()
          + "); choose startDate and endDate closer together");
    }
    out.open("getDeletedResponse").open("result");
    for (StoredRecord r : deleted) {
      out.open("deletedRecords")
          .element("deletedDate", SoapValues.text(r.deletedAt()))
          .element("id", r.id())
          .close("deletedRecords");
    }
    out.element("earliestDateAvailable", SoapValues.text(w.earliestAvailable()))
        .element("latestDateCovered", SoapValues.text(w.latestDateCovered()))
        .close("result").close("getDeletedResponse");
  }
}
