package dev.bellwether.devorg.soap;

import dev.bellwether.devorg.store.SaveError;
import dev.bellwether.devorg.store.WriteResult;

/**
 * Writes SaveResult, UpsertResult, DeleteResult and UndeleteResult: the same three elements
 * (errors, id, success) in WSDL order, with UpsertResult's created in front.
 */
final class SaveResultWriter {
  private SaveResultWriter() {}

  static void write(XmlWriter out, WriteResult r, boolean withCreated) {
    out.open("result");
    if (withCreated) {
      out.element("created", r.created());
    }
    for (SaveError e : r.errors()) {
      out.open("errors");
      for (String field : e.fields()) {
        out.element("fields", field);
      }
      out.element("message", e.message() == null ? e.statusCode() : e.message())
          .element("statusCode", e.statusCode())
          .close("errors");
    }
    out.element("id", r.id())
        .element("success", r.success())
        .close("result");
  }
}
