package dev.bellwether.sync.inbound;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.RecordPage;
import dev.bellwether.connector.RecordStream;
import java.util.Optional;

/**
 * A record stream read one page ahead, so the caller knows which page is the last and can move the
 * watermark in that page's own transaction instead of in an extra one. Holds at most two pages.
 */
final class LookaheadPages {

  /** A page and whether no page follows it. */
  record Page(RecordPage records, boolean last) {
  }

  private final RecordStream stream;
  private Optional<RecordPage> next;

  LookaheadPages(RecordStream stream) throws CrmException {
    this.stream = stream;
    this.next = stream.nextPage();
  }

  /** Whether the stream had no records at all (before the first {@link #next()}). */
  boolean isEmpty() {
    return next.isEmpty();
  }

  Optional<Page> next() throws CrmException {
    if (next.isEmpty()) {
      return Optional.empty();
    }
    RecordPage current = next.get();
    next = stream.nextPage();
    return Optional.of(new Page(current, next.isEmpty()));
  }
}
