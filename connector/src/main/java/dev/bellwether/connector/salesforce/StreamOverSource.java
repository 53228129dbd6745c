package dev.bellwether.connector.salesforce;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.RecordPage;
import dev.bellwether.connector.RecordStream;
import java.util.List;
import java.util.Optional;

/**
 * The port's {@link RecordStream} over one {@link PageSource}, with the page the connector already
 * fetched to decide its path handed out first.
 */
final class StreamOverSource implements RecordStream {
  private final PageSource source;
  private final List<String> fields;
  private final List<String> missing;
  private RecordPage first;

  StreamOverSource(PageSource source, RecordPage first, List<String> fields, List<String> missing) {
    this.source = source;
    this.first = first;
    this.fields = List.copyOf(fields);
    this.missing = List.copyOf(missing);
  }

  @Override
  public Optional<RecordPage> nextPage() throws CrmException {
    if (first != null) {
      RecordPage page = first;
      first = null;
      return Optional.of(page);
    }
    return source.nextPage();
  }

  @Override
  public List<String> fields() {
    return fields;
  }

  @Override
  public List<String> missingFields() {
    return missing;
  }

  @Override
  public String path() {
    return source.path();
  }

  @Override
  public void close() {
    source.close();
  }
}
