package dev.bellwether.devorg.admin;

import dev.bellwether.devorg.faults.FaultSpec;
import dev.bellwether.devorg.org.Org;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The org's fault settings as JSON: the spec text plus the values in force. Session TTL and
 * API limit are the org's current ones, which a spec only changes when it names them.
 */
final class FaultsView {
  private FaultsView() {}

  static Map<String, Object> of(Org org) {
    FaultSpec spec = org.faults().spec();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("spec", FaultSpecText.text(spec));
    out.put("transient", spec.transientRate());
    out.put("reset", spec.resetRate());
    out.put("stall", spec.stallRate());
    out.put("stallTimeMillis", spec.stallTime().toMillis());
    out.put("latencyMillis", spec.latency().toMillis());
    out.put("lock", spec.lockRate());
    out.put("bulkFail", spec.bulkFailRate());
    out.put("sessionTtlSeconds", org.sessions().ttl().getSeconds());
    out.put("apiLimit", org.apiUsage().limit());
    return out;
  }
}
