package dev.bellwether.connector.salesforce.soap;

import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.sobject.SObject;
import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmRecord;
import dev.bellwether.connector.ObjectSchema;
import dev.bellwether.connector.RecordPage;
import dev.bellwether.connector.salesforce.PageSource;
import dev.bellwether.connector.salesforce.values.Namespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A SOQL read through query (or queryAll, which also returns deleted and archived rows) and
 * queryMore, 2,000 records a call, one page per call. The first call is made by {@link #open}
 * so that a bad query fails where it is built and the total is known up front.
 */
public final class SoapQuerySource implements PageSource {
  /** The largest batch the partner API honours; fewer calls means less of the API budget. */
  static final int BATCH_SIZE = 2000;
  private final PartnerConnections soap;
  private final String object;
  private final SoapRecords records;
  private final long totalSize;
  private QueryResult fetched;
  private String locator;
  private boolean closed;

  private SoapQuerySource(PartnerConnections soap, String object, SoapRecords records, QueryResult first) {
    this.soap = soap;
    this.object = object;
    this.records = records;
    this.totalSize = first.getSize();
    this.fetched = first;
  }

  /**
   * Runs the first call of a read.
   *
   * @param soql the query with names as the org knows them (already qualified)
   * @param includeDeleted queryAll instead of query
   * @param schema the object's unqualified schema, typing the values and naming the object in errors
   */
  public static SoapQuerySource open(PartnerConnections soap, String soql, boolean includeDeleted,
      ObjectSchema schema, Namespace namespace) throws CrmException {
    String object = schema.name();
    String what = (includeDeleted ? "queryAll " : "query ") + object;
    QueryResult first = soap.soapCall(what, object, pc -> {
      pc.setQueryOptions(BATCH_SIZE);
      return includeDeleted ? pc.queryAll(soql) : pc.query(soql);
    });
    return new SoapQuerySource(soap, object, new SoapRecords(schema, namespace), first);
  }

  /** The next batch: the one {@link #open} fetched, then one queryMore call per page. */
  @Override
  public Optional<RecordPage> nextPage() throws CrmException {
    if (closed) {
      return Optional.empty();
    }
    QueryResult current;
    if (fetched != null) {
      current = fetched;
      fetched = null;
    } else if (locator != null) {
      String next = locator;
      // A locator names a position in the cursor, so retrying queryMore returns the same batch.
      current = soap.soapCall("queryMore " + object, object, pc -> {
        pc.setQueryOptions(BATCH_SIZE);
        return pc.queryMore(next);
      });
    } else {
      return Optional.empty();
    }
    locator = current.isDone() ? null : current.getQueryLocator();
    SObject[] rows = current.getRecords() == null ? new SObject[0] : current.getRecords();
    if (rows.length == 0 && locator == null) {
      return Optional.empty();
    }
    List<CrmRecord> page = new ArrayList<>(rows.length);
    for (SObject row : rows) {
      page.add(records.toRecord(row));
    }
    return Optional.of(new RecordPage(page));
  }

  @Override
  public long totalSize() {
    return totalSize;
  }

  @Override
  public String path() {
    return "soap-query";
  }

  @Override
  public void close() {
    // The partner API has no call to release a query locator; it expires on the server.
    closed = true;
    fetched = null;
    locator = null;
  }
}
