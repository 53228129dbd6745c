package dev.bellwether.connector.salesforce.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmException.Kind;
import dev.bellwether.connector.CrmRecord;
import dev.bellwether.connector.ObjectSchema;
import dev.bellwether.connector.RecordPage;
import dev.bellwether.connector.salesforce.PageSource;
import dev.bellwether.connector.salesforce.values.Namespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A SOQL read over REST: GET query (or queryAll, which includes deleted records) for the first
 * page, then each nextRecordsUrl; one request per page, and each answer is one page. Records come
 * back with unqualified names, relationships flattened ("Owner.Name") and values typed by the
 * schema.
 */
public final class RestQuerySource implements PageSource {
  /**
   * The page size asked for: Salesforce's largest, so a read takes the fewest requests.
   * Salesforce treats it as a hint and may answer smaller pages.
   */
  public static final String QUERY_OPTIONS = "batchSize=2000";
  private final RestTransport transport;
  private final String soql;
  private final boolean queryAll;
  private final String object;
  private final QueryRowReader rows;
  private String nextTarget;
  private long totalSize = -1;
  private boolean done;

  /**
   * @param soql the query as Salesforce must see it (names already qualified)
   * @param queryAll true to include deleted and archived records
   * @param schema the queried object, unqualified names, for value types
   */
  public RestQuerySource(RestTransport transport, String soql, boolean queryAll, ObjectSchema schema,
      Namespace namespace) {
    this.transport = transport;
    this.soql = soql;
    this.queryAll = queryAll;
    this.object = schema.name();
    this.rows = new QueryRowReader(schema, namespace, SelectedPaths.of(soql));
  }

  @Override
  public Optional<RecordPage> nextPage() throws CrmException {
    if (done) {
      return Optional.empty();
    }
    String target = nextTarget != null ? nextTarget : firstTarget();
    JsonNode answer = transport.getJson((queryAll ? "queryAll " : "query ") + object, object, target,
        Map.of("Sforce-Query-Options", QUERY_OPTIONS));
    if (answer == null || !answer.path("records").isArray()) {
      throw new CrmException(Kind.PROTOCOL, null, object, "query of " + object + " answered no records array");
    }
    if (totalSize < 0) {
      totalSize = answer.path("totalSize").asLong(-1);
    }
    JsonNode next = answer.get("nextRecordsUrl");
    nextTarget = next == null || next.isNull() ? null : next.asText();
    done = nextTarget == null;
    List<CrmRecord> records = new ArrayList<>(answer.path("records").size());
    for (JsonNode row : answer.path("records")) {
      records.add(rows.read(row));
    }
    if (records.isEmpty() && done) {
      return Optional.empty();
    }
    return Optional.of(new RecordPage(records));
  }

  /** Known after the first page has been read; -1 before. */
  @Override
  public long totalSize() {
    return totalSize;
  }

  @Override
  public String path() {
    return "rest-query";
  }

  /**
   * Salesforce has no call to release a REST query cursor; an abandoned one expires on its own
   * after 15 minutes of disuse. Closing only stops further requests.
   */
  @Override
  public void close() {
    done = true;
  }

  private String firstTarget() {
    return RequestTargets.withQuery(transport.dataPath(queryAll ? "queryAll" : "query"), Map.of("q", soql));
  }
}
