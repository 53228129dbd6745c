package dev.bellwether.devorg.diagnostics;

import dev.bellwether.devorg.auth.Session;
import dev.bellwether.devorg.http.ApiException;
import dev.bellwether.devorg.http.RestGate;
import dev.bellwether.devorg.org.Org;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Heap figures of the devorg process, for benchmarks that must tell devorg's memory from
 * the client's: current use (optionally after a full GC), the peak since the last reset,
 * and the maximum. Admin only.
 */
@Path("/devorg/diagnostics/memory")
public final class MemoryResource {
  private final Org org;

  @Inject
  public MemoryResource(Org org) {
    this.org = org;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public String memory(@HeaderParam("Authorization") String auth, @QueryParam("gc") boolean gc) {
    requireAdmin(auth);
    if (gc) {
      // Asked for explicitly: the benchmark wants retained heap, not garbage.
      System.gc();
    }
    long used = 0;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        used += pool.getUsage().getUsed();
        peak += pool.getPeakUsage().getUsed();
      }
    }
    long max = Runtime.getRuntime().maxMemory();
    return "{\"heapUsed\":" + used + ",\"heapPeak\":" + peak + ",\"heapMax\":" + max + "}";
  }

  @POST
  @Path("reset-peak")
  public void resetPeak(@HeaderParam("Authorization") String auth) {
    requireAdmin(auth);
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private void requireAdmin(String auth) {
    Session s = org.sessions().find(RestGate.bearer(auth)).orElseThrow(ApiException::invalidSession);
    if (!s.userId().equals(org.adminUserId())) {
      throw new ApiException(403, "INSUFFICIENT_ACCESS", "only the admin may read diagnostics");
    }
  }
}
