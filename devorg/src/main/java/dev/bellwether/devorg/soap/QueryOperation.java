package dev.bellwether.devorg.soap;

import dev.bellwether.devorg.org.Org;
import dev.bellwether.devorg.soql.SoqlEngine;
import dev.bellwether.devorg.soql.SoqlException;
import dev.bellwether.devorg.soql.SoqlResult;

/**
 * query and queryAll (which also returns deleted rows): the first batch, and a queryLocator
 * for the rest when the result is larger than the batch size.
 */
final class QueryOperation implements SoapOperation {
  private final boolean all;
  private final QueryCursors cursors;

  QueryOperation(boolean all, QueryCursors cursors) {
    this.all = all;
    this.cursors = cursors;
  }

  @Override
  public void invoke(SoapCall call, XmlWriter out) {
    Org org = call.org();
    String soql = call.params().childText("queryString");
    SoqlResult result;
    try {
      result = new SoqlEngine(org.store(), org.clock(), org.timeZone()).execute(soql, all);
    } catch (SoqlException e) {
      throw QueryRows.fault(e);
    }
    QueryCursors.Page page = cursors.first(call.session().userId(), QueryRows.of(result),
        result.totalSize(), QueryResultWriter.batchSize(call.request(), false));
    QueryResultWriter.write(out, all ? "queryAllResponse" : "queryResponse", page);
  }
}
