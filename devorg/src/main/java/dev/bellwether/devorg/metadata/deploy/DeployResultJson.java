package dev.bellwether.devorg.metadata.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The REST form of a deploy ({"id", "validatedDeployRequestId", "deployOptions",
 * "deployResult"}), with the same fields as the SOAP DeployResult. Dates are Instants, which
 * the shared JSON mapper writes in Salesforce's REST form.
 */
final class DeployResultJson {
  private DeployResultJson() {}

  static Map<String, Object> of(DeployResult r, boolean includeDetails) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("id", r.id());
    result.put("checkOnly", r.options().checkOnly());
    result.put("ignoreWarnings", r.options().ignoreWarnings());
    result.put("rollbackOnError", r.options().rollbackOnError());
    result.put("status", r.status().name());
    result.put("numberComponentsDeployed", r.numberComponentsDeployed());
    result.put("numberComponentsTotal", r.numberComponentsTotal());
    result.put("numberComponentErrors", r.numberComponentErrors());
    result.put("numberTestsCompleted", 0);
    result.put("numberTestsTotal", 0);
    result.put("numberTestErrors", 0);
    result.put("details", includeDetails ? details(r) : null);
    result.put("createdDate", r.createdDate());
    result.put("startDate", r.startDate());
    result.put("lastModifiedDate", r.lastModifiedDate());
    result.put("completedDate", r.completedDate());
    result.put("errorStatusCode", r.errorStatusCode());
    result.put("errorMessage", r.errorMessage());
    result.put("stateDetail", null);
    result.put("createdBy", r.createdBy());
    result.put("createdByName", r.createdByName());
    result.put("canceledBy", r.canceledBy());
    result.put("canceledByName", r.canceledByName());
    result.put("runTestsEnabled", r.runTestsEnabled());
    result.put("done", r.done());
    result.put("success", r.success());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", r.id());
    body.put("validatedDeployRequestId", null);
    body.put("deployOptions", r.options().toJson());
    body.put("deployResult", result);
    return body;
  }

  private static Map<String, Object> details(DeployResult r) {
    List<Map<String, Object>> failures = messages(r.failures());
    List<Map<String, Object>> successes = messages(r.successes());
    List<Map<String, Object>> all = new ArrayList<>(failures);
    all.addAll(successes);
    Map<String, Object> tests = new LinkedHashMap<>();
    tests.put("numFailures", 0);
    tests.put("numTestsRun", 0);
    tests.put("totalTime", 0.0);
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("allComponentMessages", all);
    d.put("componentFailures", failures);
    d.put("componentSuccesses", successes);
    d.put("runTestResult", tests);
    return d;
  }

  private static List<Map<String, Object>> messages(List<DeployMessage> messages) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (DeployMessage m : messages) {
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("changed", m.changed());
      j.put("columnNumber", m.columnNumber() > 0 ? m.columnNumber() : null);
      j.put("componentType", m.componentType());
      j.put("created", m.created());
      j.put("createdDate", m.createdDate());
      j.put("deleted", m.deleted());
      j.put("fileName", m.fileName());
      j.put("fullName", m.fullName());
      j.put("id", null);
      j.put("lineNumber", m.lineNumber() > 0 ? m.lineNumber() : null);
      j.put("problem", m.problem());
      j.put("problemType", m.problemType());
      j.put("success", m.success());
      out.add(j);
    }
    return out;
  }
}
