package dev.bellwether.connector.salesforce;

import dev.bellwether.connector.BudgetStatus;
import dev.bellwether.connector.CrmConnector;
import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.Deletions;
import dev.bellwether.connector.ObjectSchema;
import dev.bellwether.connector.ReadRequest;
import dev.bellwether.connector.RecordPage;
import dev.bellwether.connector.RecordStream;
import dev.bellwether.connector.TimeWindow;
import dev.bellwether.connector.WriteBatch;
import dev.bellwether.connector.WriteResult;
import dev.bellwether.connector.salesforce.auth.SessionTokens;
import dev.bellwether.connector.salesforce.values.Namespace;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Salesforce adapter of the CRM port. It chooses the cheapest API surface for each read and
 * write by volume, selects only the requested fields that exist, keeps describes cached and
 * refreshes them when Salesforce reports a schema change. Built by {@link SalesforceConnectors}.
 */
public final class SalesforceConnector implements CrmConnector {
  private static final Logger LOG = LoggerFactory.getLogger(SalesforceConnector.class);
  /** Salesforce keeps deleted records for replication about 30 days and answers by the minute. */
  private static final Duration DELETION_RETENTION = Duration.ofDays(30);

  private final SessionTokens session;
  private final Namespace namespace;
  private final DescribeCache describes;
  private final QuerySources queries;
  private final Replication replication;
  private final WritePaths writes;
  private final Supplier<BudgetStatus> budget;
  private final int bulkThreshold;
  private final Runnable onClose;

  SalesforceConnector(SessionTokens session, Namespace namespace, DescribeCache describes,
      QuerySources queries, Replication replication, WritePaths writes,
      Supplier<BudgetStatus> budget, int bulkThreshold, Runnable onClose) {
    this.session = session;
    this.namespace = namespace;
    this.describes = describes;
    this.queries = queries;
    this.replication = replication;
    this.writes = writes;
    this.budget = budget;
    this.bulkThreshold = bulkThreshold;
    this.onClose = onClose;
  }

  @Override
  public String orgId() throws CrmException {
    return session.current().orgId();
  }

  @Override
  public ObjectSchema describe(String object) throws CrmException {
    return describes.get(object);
  }

  @Override
  public RecordStream firstLoad(ReadRequest request) throws CrmException {
    if (request.includeDeleted()) {
      throw new IllegalArgumentException("a first load of " + request.object()
          + " reads live records only; deleted ones come with changes() or deletions()");
    }
    return withSchemaRefresh(request, plan -> {
      long count = queries.count(request.object(), plan.countSoql(null));
      if (count > bulkThreshold) {
        LOG.info("first load of {}: {} records, reading through a Bulk API query job", request.object(), count);
        return open(plan, queries.bulk(plan.selectSoql(null), false, plan.schema()));
      }
      return open(plan, queries.rest(plan.selectSoql(null), false, plan.schema()));
    });
  }

  @Override
  public RecordStream changes(ReadRequest request, TimeWindow window) throws CrmException {
    return withSchemaRefresh(request, plan -> {
      PageSource soap = queries.soap(plan.selectSoql(window), plan.includeDeleted(), plan.schema());
      Optional<RecordPage> first = firstPage(soap);
      if (soap.totalSize() > bulkThreshold) {
        // Many changes (a mass update): one Bulk job costs a few requests where paging costs one per 2,000.
        LOG.info("changes of {} in {}: {} records, reading through a Bulk API query job",
            request.object(), window, soap.totalSize());
        soap.close();
        return open(plan, queries.bulk(plan.selectSoql(window), plan.includeDeleted(), plan.schema()));
      }
      return new StreamOverSource(soap, first.orElse(null), plan.fields(), plan.missing());
    });
  }

  @Override
  public Deletions deletions(String object, TimeWindow window) throws CrmException {
    Instant end = window.to();
    Instant earliestAsked = window.from();
    Instant earliestKept = end.minus(DELETION_RETENTION).plus(1, ChronoUnit.MINUTES);
    Instant start = earliestAsked.isBefore(earliestKept) ? earliestKept : earliestAsked;
    if (Duration.between(start, end).compareTo(Duration.ofMinutes(1)) < 0) {
      // Salesforce answers by the minute; a shorter window is widened backwards (deletions are idempotent).
      start = end.minus(1, ChronoUnit.MINUTES);
    }
    Deletions d = replication.deleted(object, new TimeWindow(start, end));
    if (start.isAfter(earliestAsked) && (d.earliestAvailable() == null || d.earliestAvailable().isBefore(start))) {
      return new Deletions(d.records(), start, d.latestCovered());
    }
    return d;
  }

  @Override
  public List<WriteResult> write(WriteBatch batch) throws CrmException {
    if (batch.records().isEmpty()) {
      return List.of();
    }
    return writes.write(batch, describeFresh(batch.object(), batch));
  }

  @Override
  public Instant serverTime() throws CrmException {
    return replication.serverTime();
  }

  @Override
  public BudgetStatus budget() {
    return budget.get();
  }

  @Override
  public void close() {
    onClose.run();
  }

  /** The schema, described again once when the batch names a field the cached one lacks. */
  private ObjectSchema describeFresh(String object, WriteBatch batch) throws CrmException {
    ObjectSchema schema = describe(object);
    if (!WritePaths.unknownFields(batch, schema).isEmpty()) {
      describes.invalidate(object);
      return describe(object);
    }
    return schema;
  }

  private interface Opener {
    RecordStream open(ReadPlan plan) throws CrmException;
  }

  /**
   * Plans the read from the cached describe; if Salesforce still says INVALID_FIELD (a field
   * was deleted since), describes again and plans once more without it.
   */
  private RecordStream withSchemaRefresh(ReadRequest request, Opener opener) throws CrmException {
    ReadPlan plan = ReadPlan.of(request, describes.get(request.object()), namespace);
    try {
      return opener.open(plan);
    } catch (CrmException e) {
      if (e.kind() != CrmException.Kind.SCHEMA || !"INVALID_FIELD".equals(e.code())) {
        throw e;
      }
      LOG.warn("{} changed in Salesforce ({}); describing it again", request.object(), e.getMessage());
      describes.invalidate(request.object());
      return opener.open(ReadPlan.of(request, describes.get(request.object()), namespace));
    }
  }

  private static RecordStream open(ReadPlan plan, PageSource source) throws CrmException {
    Optional<RecordPage> first = firstPage(source);
    return new StreamOverSource(source, first.orElse(null), plan.fields(), plan.missing());
  }

  /** Fetches the first page now, so a schema error surfaces here where it can be handled. */
  private static Optional<RecordPage> firstPage(PageSource source) throws CrmException {
    try {
      return source.nextPage();
    } catch (CrmException | RuntimeException e) {
      source.close();
      throw e;
    }
  }
}
