package dev.bellwether.devorg.soap;

import dev.bellwether.devorg.store.WriteOp;
import dev.bellwether.devorg.store.WriteResult;
import java.util.List;

/** delete and undelete: save calls that take record ids. */
final class IdSaveOperation implements SoapOperation {
  private final boolean undelete;

  /** undelete: restore from the recycle bin instead of moving there. */
  IdSaveOperation(boolean undelete) {
    this.undelete = undelete;
  }

  @Override
  public void invoke(SoapCall call, XmlWriter out) {
    List<String> ids = call.params().childTexts("ids");
    SaveBatch.checkSize(ids.size());
    SaveBatch batch = new SaveBatch();
    for (String raw : ids) {
      String id = raw.trim();
      batch.add(undelete ? new WriteOp.Undelete(id) : new WriteOp.Delete(id));
    }
    List<WriteResult> results = batch.apply(call.org(), call.writeContext(), SaveBatch.allOrNone(call.request()));
    String wrapper = undelete ? "undeleteResponse" : "deleteResponse";
    out.open(wrapper);
    for (WriteResult r : results) {
      SaveResultWriter.write(out, r, false);
    }
    out.close(wrapper);
  }
}
