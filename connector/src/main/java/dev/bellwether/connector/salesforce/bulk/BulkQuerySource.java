package dev.bellwether.connector.salesforce.bulk;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmException.Kind;
import dev.bellwether.connector.CrmRecord;
import dev.bellwether.connector.ObjectSchema;
import dev.bellwether.connector.RecordPage;
import dev.bellwether.connector.salesforce.PageSource;
import dev.bellwether.connector.salesforce.rest.RestTransport;
import dev.bellwether.connector.salesforce.values.Namespace;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A read through a Bulk API 2.0 query job: the job is created on the first {@link #nextPage()},
 * polled until complete, and its results fetched one results page (maxRecords rows) at a time
 * into a temp file that is parsed row by row into record pages, so memory stays flat however
 * large the read. Record pages run across results pages; temp files go as soon as they are read.
 *
 * <p>The SOQL is sent as given, so it must already carry the org's namespace prefixes; the
 * records come back with names unqualified.
 */
public final class BulkQuerySource implements PageSource {
  public static final int DEFAULT_PAGE_SIZE = 2_000;
  public static final int DEFAULT_MAX_RECORDS = 50_000;
  private static final Logger LOG = LoggerFactory.getLogger(BulkQuerySource.class);
  private static final String JOBS = "jobs/query";

  private final RestTransport rest;
  private final String soql;
  private final boolean queryAll;
  private final ObjectSchema schema;
  private final Namespace namespace;
  private final int pageSize;
  private final int maxRecords;
  private final JobPoller poller;

  private String jobId;
  private boolean jobComplete;
  private long totalSize = -1;
  private String nextLocator;
  private boolean moreResults = true;
  private CsvDownload download;
  private CsvRows rows;
  private QueryRowMapper mapper;
  private long rowsInDownload;
  private List<CrmRecord> pending = new ArrayList<>();
  private boolean closed;

  /** A read with the default page sizes and poll schedule. */
  public BulkQuerySource(RestTransport rest, String soql, boolean queryAll, ObjectSchema schema,
      Namespace namespace) {
    this(rest, soql, queryAll, schema, namespace, DEFAULT_PAGE_SIZE, DEFAULT_MAX_RECORDS, PollSchedule.standard());
  }

  /**
   * @param soql the query, names already qualified for the org
   * @param queryAll true to include deleted and archived rows (operation queryAll)
   * @param schema the object's schema with unqualified names, typing the values
   * @param pageSize records per emitted page
   * @param maxRecords rows per results page fetched from Salesforce (one API call each)
   */
  public BulkQuerySource(RestTransport rest, String soql, boolean queryAll, ObjectSchema schema,
      Namespace namespace, int pageSize, int maxRecords, PollSchedule poll) {
    if (pageSize < 1 || maxRecords < 1) {
      throw new IllegalArgumentException("page size " + pageSize + " and maxRecords " + maxRecords
          + " must be positive");
    }
    this.rest = rest;
    this.soql = soql;
    this.queryAll = queryAll;
    this.schema = schema;
    this.namespace = namespace;
    this.pageSize = pageSize;
    this.maxRecords = maxRecords;
    this.poller = new JobPoller(rest, poll);
  }

  @Override
  public Optional<RecordPage> nextPage() throws CrmException {
    if (closed) {
      return Optional.empty();
    }
    if (!jobComplete) {
      runJob();
    }
    // Records stay in the field until returned: a failed results download leaves them for the retry.
    List<CrmRecord> page = pending;
    while (page.size() < pageSize) {
      if (rows == null && !openNextResults()) {
        break;
      }
      String[] cells = rows.next();
      if (cells == null) {
        finishResults();
        continue;
      }
      rowsInDownload++;
      page.add(mapper.toRecord(cells, jobId));
    }
    if (page.isEmpty()) {
      return Optional.empty();
    }
    pending = new ArrayList<>();
    return Optional.of(new RecordPage(page));
  }

  /** The job's row count once it completed, -1 before. */
  @Override
  public long totalSize() {
    return totalSize;
  }

  @Override
  public String path() {
    return "bulk-query";
  }

  /** The Bulk job's id once created, for status pages and logs; null before the first page. */
  public String jobId() {
    return jobId;
  }

  /**
   * Deletes the temp file of a results page being read. The job itself is left to Salesforce,
   * which removes query jobs after seven days: deleting it here would cost an API call.
   */
  @Override
  public void close() {
    closed = true;
    releaseResults();
  }

  /** Creates the job (once) and waits for it; a call after a failed wait polls the same job again. */
  private void runJob() throws CrmException {
    JobInfo done = jobId == null ? createJob() : null;
    if (done == null || !done.finished()) {
      done = poller.awaitFinished(JOBS, jobId, schema.name());
    }
    if (!done.complete()) {
      throw done.failure("query", schema.name(), null);
    }
    totalSize = done.processed();
    jobComplete = true;
    LOG.info("bulk query job {} complete with {} rows", jobId, totalSize);
  }

  private JobInfo createJob() throws CrmException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("operation", queryAll ? "queryAll" : "query");
    body.put("query", soql);
    body.put("contentType", "CSV");
    body.put("columnDelimiter", "COMMA");
    body.put("lineEnding", "LF");
    JobInfo created = JobInfo.from(rest.sendJson("create bulk query job", schema.name(), "POST",
        rest.dataPath(JOBS), body), schema.name());
    jobId = created.id();
    LOG.info("bulk query job {} created for {}", jobId, schema.name());
    return created;
  }

  /** Downloads the next results page; false when there is none. */
  private boolean openNextResults() throws CrmException {
    if (!moreResults) {
      return false;
    }
    String path = rest.dataPath(JOBS + "/" + jobId + "/results?maxRecords=" + maxRecords
        + (nextLocator == null ? "" : "&locator=" + URLEncoder.encode(nextLocator, StandardCharsets.UTF_8)));
    CsvDownload fetched = CsvDownload.fetch(rest, "bulk query results " + jobId, schema.name(), path);
    try {
      rows = CsvRows.open(fetched.file(), "bulk query results " + jobId, schema.name());
    } catch (CrmException | RuntimeException e) {
      fetched.close();
      throw e; // the same page is fetched again on the next call
    }
    download = fetched;
    moreResults = fetched.hasNextPage();
    nextLocator = moreResults ? fetched.locator() : null;
    rowsInDownload = 0;
    if (mapper == null) {
      mapper = new QueryRowMapper(rows.header(), schema, namespace);
    }
    return true;
  }

  /** Checks the page's row count against Sforce-NumberOfRecords and deletes its file. */
  private void finishResults() throws CrmException {
    long expected = download.numberOfRecords();
    long read = rowsInDownload;
    releaseResults();
    if (expected >= 0 && expected != read) {
      throw new CrmException(Kind.PROTOCOL, null, schema.name(), "Bulk query job " + jobId
          + ": a results page announced " + expected + " rows (Sforce-NumberOfRecords) but held " + read);
    }
  }

  private void releaseResults() {
    try {
      if (rows != null) {
        rows.close();
      }
    } finally {
      rows = null;
      if (download != null) {
        download.close();
        download = null;
      }
    }
  }
}
