package dev.bellwether.devorg.bulk.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON shapes of an ingest job, field for field in Salesforce's order: the create
 * response (with contentUrl), the full job info a poll gets, and the short form of lists.
 */
final class IngestJobJson {
  private IngestJobJson() {}

  /** The answer to POST /jobs/ingest and to PATCH. */
  static Map<String, Object> created(IngestJobStatus s) {
    Map<String, Object> m = common(s);
    m.put("contentUrl", contentUrl(s));
    m.put("lineEnding", s.spec().format().lineEnding().name());
    m.put("columnDelimiter", s.spec().format().delimiter().name());
    return m;
  }

  /** GET /jobs/ingest/{id}: the job with its counters and, when Failed, its errorMessage. */
  static Map<String, Object> info(IngestJobStatus s) {
    Map<String, Object> m = common(s);
    m.put("jobType", "V2Ingest");
    m.put("contentUrl", contentUrl(s));
    m.put("lineEnding", s.spec().format().lineEnding().name());
    m.put("columnDelimiter", s.spec().format().delimiter().name());
    m.put("numberRecordsProcessed", s.processed());
    m.put("numberRecordsFailed", s.failed());
    m.put("retries", 0);
    m.put("totalProcessingTime", s.totalProcessingMillis());
    m.put("apiActiveProcessingTime", s.apiActiveMillis());
    m.put("apexProcessingTime", 0);
    if (s.errorMessage() != null) {
      m.put("errorMessage", s.errorMessage());
    }
    return m;
  }

  /** One entry of GET /jobs/ingest. */
  static Map<String, Object> summary(IngestJobStatus s) {
    Map<String, Object> m = common(s);
    m.put("jobType", "V2Ingest");
    m.put("lineEnding", s.spec().format().lineEnding().name());
    m.put("columnDelimiter", s.spec().format().delimiter().name());
    return m;
  }

  private static Map<String, Object> common(IngestJobStatus s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("operation", s.spec().operation().wireName());
    m.put("object", s.spec().object());
    m.put("createdById", s.createdById());
    m.put("createdDate", s.createdDate());
    m.put("systemModstamp", s.systemModstamp());
    m.put("state", s.state().wireName());
    if (s.spec().externalIdFieldName() != null) {
      m.put("externalIdFieldName", s.spec().externalIdFieldName());
    }
    m.put("concurrencyMode", "Parallel");
    m.put("contentType", "CSV");
    m.put("apiVersion", s.spec().apiVersion().number());
    return m;
  }

  private static String contentUrl(IngestJobStatus s) {
    return "services/data/" + s.spec().apiVersion().pathSegment() + "/jobs/ingest/" + s.id() + "/batches";
  }
}
