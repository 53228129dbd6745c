package dev.bellwether.devorg.metadata.deploy;

import dev.bellwether.devorg.http.Formats;
import dev.bellwether.devorg.metadata.MetadataXml;
import java.time.Instant;
import java.util.List;

/**
 * Metadata API SOAP responses. Elements follow the sequence order of the Metadata WSDL
 * (alphabetical within each type), which strict clients such as WSC require; jsforce needs
 * prefixed Envelope and Body elements and unprefixed content in the metadata namespace.
 */
final class MetadataSoapWriter {
  private static final String SOAPENV = "http://schemas.xmlsoap.org/soap/envelope/";

  private MetadataSoapWriter() {}

  /** deployResponse: the AsyncResult of a queued deploy. */
  static String deployResponse(DeployResult r) {
    XmlWriter w = new XmlWriter().open("deployResponse").open("result");
    asyncResult(w, r);
    return envelope(w.close("result").close("deployResponse").toString());
  }

  /** checkStatusResponse: one AsyncResult per id, in request order. */
  static String checkStatusResponse(List<DeployResult> results) {
    XmlWriter w = new XmlWriter().open("checkStatusResponse");
    for (DeployResult r : results) {
      asyncResult(w.open("result"), r).close("result");
    }
    return envelope(w.close("checkStatusResponse").toString());
  }

  /** checkDeployStatusResponse: the DeployResult, with details when asked. */
  static String checkDeployStatusResponse(DeployResult r, boolean includeDetails) {
    XmlWriter w = new XmlWriter().open("checkDeployStatusResponse").open("result");
    w.element("canceledBy", r.canceledBy()).element("canceledByName", r.canceledByName())
        .element("checkOnly", r.options().checkOnly())
        .element("completedDate", date(r.completedDate()))
        .element("createdBy", r.createdBy()).element("createdByName", r.createdByName())
        .element("createdDate", date(r.createdDate()));
    if (includeDetails) {
      w.open("details");
      r.failures().forEach(m -> message(w, "componentFailures", m));
      r.successes().forEach(m -> message(w, "componentSuccesses", m));
      // No Apex runs in devorg; Salesforce still reports an empty test run.
      w.open("runTestResult").element("numFailures", 0).element("numTestsRun", 0)
          .element("totalTime", "0.0").close("runTestResult");
      w.close("details");
    }
    w.element("done", r.done()).element("errorMessage", r.errorMessage())
        .element("errorStatusCode", r.errorStatusCode()).element("id", r.id())
        .element("ignoreWarnings", r.options().ignoreWarnings())
        .element("lastModifiedDate", date(r.lastModifiedDate()))
        .element("numberComponentErrors", r.numberComponentErrors())
        .element("numberComponentsDeployed", r.numberComponentsDeployed())
        .element("numberComponentsTotal", r.numberComponentsTotal())
        .element("numberTestErrors", 0).element("numberTestsCompleted", 0)
        .element("numberTestsTotal", 0)
        .element("rollbackOnError", r.options().rollbackOnError())
        .element("runTestsEnabled", r.runTestsEnabled())
        .element("startDate", date(r.startDate()))
        .element("status", r.status().name()).element("success", r.success());
    return envelope(w.close("result").close("checkDeployStatusResponse").toString());
  }

  /** cancelDeployResponse: CancelDeployResult (done, id). */
  static String cancelDeployResponse(DeployResult r) {
    return envelope(new XmlWriter().open("cancelDeployResponse").open("result")
        .element("done", r.done()).element("id", r.id())
        .close("result").close("cancelDeployResponse").toString());
  }

  /** describeMetadataResponse for the types devorg accepts. */
  static String describeMetadataResponse(List<MetadataTypeCatalog.Type> types) {
    XmlWriter w = new XmlWriter().open("describeMetadataResponse").open("result");
    for (MetadataTypeCatalog.Type t : types) {
      w.open("metadataObjects");
      t.childXmlNames().forEach(c -> w.element("childXmlNames", c));
      w.element("directoryName", t.directoryName()).element("inFolder", t.inFolder())
          .element("metaFile", t.metaFile()).element("suffix", t.suffix())
          .element("xmlName", t.xmlName()).close("metadataObjects");
    }
    w.element("organizationNamespace", "").element("partialSaveAllowed", true)
        .element("testRequired", false);
    return envelope(w.close("result").close("describeMetadataResponse").toString());
  }

  /**
   * A SOAP fault. faultcode must be a bound QName ("sf:INVALID_SESSION_ID"): jsforce detects
   * expired sessions with exactly that form, and WSC resolves the prefix.
   */
  static String fault(String code, String message) {
    String faultCode = code.contains(":") ? code : "sf:" + code;
    String text = code.contains(":") ? message : code + ": " + message;
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope xmlns:soapenv=\""
        + SOAPENV + "\" xmlns:sf=\"" + MetadataXml.NAMESPACE + "\"><soapenv:Body><soapenv:Fault>"
        + new XmlWriter().element("faultcode", faultCode).element("faultstring", text)
        + "</soapenv:Fault></soapenv:Body></soapenv:Envelope>";
  }

  private static XmlWriter asyncResult(XmlWriter w, DeployResult r) {
    return w.element("done", r.done()).element("id", r.id())
        .element("state", r.status().asyncState());
  }

  private static void message(XmlWriter w, String element, DeployMessage m) {
    w.open(element).element("changed", m.changed()).element("columnNumber", positive(m.columnNumber()))
        .element("componentType", m.componentType()).element("created", m.created())
        .element("createdDate", date(m.createdDate())).element("deleted", m.deleted())
        .element("fileName", m.fileName()).element("fullName", m.fullName())
        .element("lineNumber", positive(m.lineNumber())).element("problem", m.problem())
        .element("problemType", m.problemType()).element("success", m.success()).close(element);
  }

  private static Integer positive(int n) {
    return n > 0 ? n : null;
  }

  private static String date(Instant i) {
    return i == null ? null : Formats.soapDateTime(i);
  }

  private static String envelope(String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope xmlns:soapenv=\""
        + SOAPENV + "\" xmlns=\"" + MetadataXml.NAMESPACE
        + "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body>" + body
        + "</soapenv:Body></soapenv:Envelope>";
  }
}
