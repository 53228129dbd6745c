package dev.bellwether.devorg.rest;

import dev.bellwether.devorg.limits.ApiUsage;
import dev.bellwether.devorg.org.Org;
import dev.bellwether.devorg.schema.ObjectDef;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * /limits: the org's daily API budget as the gate counts it, plus the other limits a
 * Developer Edition org reports (fixed, with nothing used), and data storage computed from the
 * number of records.
 */
@Path("services/data/{version}/limits")
public final class LimitsResource {
  /** Salesforce counts most records as 2 KB of data storage. */
  static final int KB_PER_RECORD = 2;
  /** A Developer Edition org has 5 MB of data storage. */
  static final int DATA_STORAGE_MB = 5;
  private final Org org;

  @Inject
  public LimitsResource(Org org) {
    this.org = org;
  }

  @GET
  public Response limits() {
    ApiUsage usage = org.apiUsage();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("ActiveScratchOrgs", unused(3));
    out.put("AnalyticsExternalDataSizeMB", unused(40960));
    out.put("ConcurrentAsyncGetReportInstances", unused(200));
    out.put("ConcurrentSyncReportRuns", unused(20));
    out.put("DailyAnalyticsDataflowJobExecutions", unused(60));
    out.put("DailyApiRequests", limit(usage.limit(), Math.max(0, usage.limit() - usage.used())));
    out.put("DailyAsyncApexExecutions", unused(250000));
    out.put("DailyBulkApiBatches", unused(15000));
    out.put("DailyBulkV2QueryFileStorageMB", unused(976562));
    out.put("DailyBulkV2QueryJobs", unused(10000));
    out.put("DailyGenericStreamingApiEvents", unused(10000));
    out.put("DailyStreamingApiEvents", unused(10000));
    out.put("DailyWorkflowEmails", unused(405));
    out.put("DataStorageMB", limit(DATA_STORAGE_MB, DATA_STORAGE_MB - usedStorageMb()));
    out.put("FileStorageMB", unused(20));
    out.put("HourlyAsyncReportRuns", unused(1200));
    out.put("HourlyDashboardRefreshes", unused(200));
    out.put("HourlyDashboardResults", unused(5000));
    out.put("HourlyDashboardStatuses", unused(999999999));
    out.put("HourlyODataCallout", unused(10000));
    out.put("HourlySyncReportRuns", unused(500));
    out.put("HourlyTimeBasedWorkflow", unused(50));
    out.put("MassEmail", unused(10));
    out.put("SingleEmail", unused(15));
    out.put("StreamingApiConcurrentClients", unused(20));
    return RestResponses.ok(out);
  }

  /** Whole megabytes in use, rounded up as Salesforce does (may exceed the maximum). */
  private int usedStorageMb() {
    long records = 0;
    for (ObjectDef type : org.schema().objects()) {
      records += org.store().count(type);
    }
    long kb = records * KB_PER_RECORD;
    return (int) ((kb + 1023) / 1024);
  }

  private static Map<String, Integer> unused(int max) {
    return limit(max, max);
  }

  private static Map<String, Integer> limit(int max, int remaining) {
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put("Max", max);
    m.put("Remaining", remaining);
    return m;
  }
}
