package dev.bellwether.devorg.soap;

/** queryMore(queryLocator): the next batch of an open query cursor. */
final class QueryMoreOperation implements SoapOperation {
  private final QueryCursors cursors;

  QueryMoreOperation(QueryCursors cursors) {
    this.cursors = cursors;
  }

  @Override
  public void invoke(SoapCall call, XmlWriter out) {
    QueryCursors.Page page = cursors.next(call.session().userId(), call.params().childText("queryLocator"),
        QueryResultWriter.batchSize(call.request(), true));
    QueryResultWriter.write(out, "queryMoreResponse", page);
  }
}
