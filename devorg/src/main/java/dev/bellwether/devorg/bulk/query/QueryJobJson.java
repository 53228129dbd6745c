package dev.bellwether.devorg.bulk.query;

import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON shapes of a query job, field for field in Salesforce's order. */
final class QueryJobJson {
  private QueryJobJson() {}

  /** The answer to POST /jobs/query and to PATCH. */
  static Map<String, Object> created(QueryJobStatus s) {
    Map<String, Object> m = common(s);
    m.put("lineEnding", s.spec().format().lineEnding().name());
    m.put("columnDelimiter", s.spec().format().delimiter().name());
    return m;
  }

  /** GET /jobs/query/{id}. */
  static Map<String, Object> info(QueryJobStatus s) {
    Map<String, Object> m = summary(s);
    m.put("numberRecordsProcessed", s.recordsProcessed());
    m.put("retries", 0);
    m.put("totalProcessingTime", s.totalProcessingMillis());
    m.put("isPkChunkingSupported", true);
    if (s.errorMessage() != null) {
      m.put("errorMessage", s.errorMessage());
    }
    return m;
  }

  /** One entry of GET /jobs/query. */
  static Map<String, Object> summary(QueryJobStatus s) {
    Map<String, Object> m = common(s);
    m.put("jobType", "V2Query");
    m.put("lineEnding", s.spec().format().lineEnding().name());
    m.put("columnDelimiter", s.spec().format().delimiter().name());
    return m;
  }

  private static Map<String, Object> common(QueryJobStatus s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("operation", s.spec().operation());
    m.put("object", s.spec().query().objectName());
    m.put("createdById", s.createdById());
    m.put("createdDate", s.createdDate());
    m.put("systemModstamp", s.systemModstamp());
    m.put("state", s.state().wireName());
    m.put("concurrencyMode", "Parallel");
    m.put("contentType", "CSV");
    m.put("apiVersion", s.spec().apiVersion().number());
    return m;
  }
}
