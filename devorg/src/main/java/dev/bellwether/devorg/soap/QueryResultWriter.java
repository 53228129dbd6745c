package dev.bellwether.devorg.soap;

/** Writes a QueryResult (done, queryLocator, records, size) inside a response element. */
final class QueryResultWriter {
  private QueryResultWriter() {}

  /** size is the query's total row count, not the batch's, as Salesforce reports it. */
  static void write(XmlWriter out, String wrapper, QueryCursors.Page page) {
    out.open(wrapper).open("result", "QueryResult")
        .element("done", page.nextLocator() == null)
        .element("queryLocator", page.nextLocator());
    for (SObjectView row : page.rows()) {
      SObjectXmlWriter.write(out, "records", row);
    }
    out.element("size", page.totalSize())
        .close("result").close(wrapper);
  }

  /**
   * The QueryOptions batchSize of a request: Salesforce's default 500, raised to the minimum
   * 200 and capped at 2000 (it treats the value as a hint in that range); 0 when absent and
   * absentMeansZero, so queryMore keeps the size the query started with.
   */
  static int batchSize(SoapRequest request, boolean absentMeansZero) {
    String text = request.headerValue("QueryOptions", "batchSize");
    if (text == null || text.isBlank()) {
      return absentMeansZero ? 0 : 500;
    }
    try {
      return Math.max(200, Math.min(2000, Integer.parseInt(text.trim())));
    } catch (NumberFormatException e) {
      return absentMeansZero ? 0 : 500;
    }
  }
}
