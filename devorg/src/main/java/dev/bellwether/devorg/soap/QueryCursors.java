package dev.bellwether.devorg.soap;

import dev.bellwether.devorg.store.Ids;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Server-side query cursors behind queryLocators like 01g000000000001AAA-500 (cursor id, then
 * the offset of the next row). Like Salesforce's: a cursor belongs to its user, lapses after
 * 15 idle minutes, and a user holds at most 10; opening an 11th drops the least recently used.
 */
final class QueryCursors {
  static final Duration IDLE_LIMIT = Duration.ofMinutes(15);
  static final int MAX_PER_USER = 10;
  private final Clock clock;
  private final AtomicLong sequence = new AtomicLong();
  private final Map<String, Cursor> open = new ConcurrentHashMap<>();

  /** One batch of a query's rows; nextLocator is null on the last batch. */
  record Page(List<SObjectView> rows, String nextLocator, int totalSize) {}

  /** The rows of one query, kept until read to the end or idle too long. */
  private static final class Cursor {
    private final String userId;
    private final List<SObjectView> rows;
    private final int totalSize;
    private final int batchSize;
    private volatile Instant lastUsed;

    Cursor(String userId, List<SObjectView> rows, int totalSize, int batchSize, Instant now) {
      this.userId = userId;
      this.rows = rows;
      this.totalSize = totalSize;
      this.batchSize = batchSize;
      this.lastUsed = now;
    }
  }

  QueryCursors(Clock clock) {
    this.clock = clock;
  }

  /** The first batch of a result; opens a cursor when rows remain. */
  Page first(String userId, List<SObjectView> rows, int totalSize, int batchSize) {
    if (rows.size() <= batchSize) {
      return new Page(List.copyOf(rows), null, totalSize);
    }
    Instant now = clock.instant();
    String id = Ids.of("01g", sequence.incrementAndGet());
    register(id, new Cursor(userId, List.copyOf(rows), totalSize, batchSize, now), now);
    return new Page(List.copyOf(rows.subList(0, batchSize)), id + "-" + batchSize, totalSize);
  }

  /**
   * The batch a locator points at, of batchSize rows (0: the size the query used). An unknown,
   * finished, lapsed or foreign locator is INVALID_QUERY_LOCATOR.
   */
  Page next(String userId, String locator, int batchSize) {
    int dash = locator == null ? -1 : locator.lastIndexOf('-');
    Cursor c = dash < 0 ? null : open.get(locator.substring(0, dash).trim());
    int offset = dash < 0 ? -1 : parseOffset(locator.substring(dash + 1));
    Instant now = clock.instant();
    if (c == null || !c.userId.equals(userId) || offset < 0 || offset >= c.rows.size()
        || Duration.between(c.lastUsed, now).compareTo(IDLE_LIMIT) > 0) {
      throw SoapFault.api(SoapFault.Detail.INVALID_QUERY_LOCATOR, "INVALID_QUERY_LOCATOR", "invalid query locator");
    }
    c.lastUsed = now;
    int size = batchSize > 0 ? batchSize : c.batchSize;
    int end = Math.min(c.rows.size(), offset + size);
    String id = locator.substring(0, dash).trim();
    if (end == c.rows.size()) {
      open.remove(id);
      return new Page(c.rows.subList(offset, end), null, c.totalSize);
    }
    return new Page(c.rows.subList(offset, end), id + "-" + end, c.totalSize);
  }

  private static int parseOffset(String text) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Adds a cursor after dropping lapsed ones and, past the per-user cap, the user's oldest. */
  private synchronized void register(String id, Cursor cursor, Instant now) {
    open.values().removeIf(c -> Duration.between(c.lastUsed, now).compareTo(IDLE_LIMIT) > 0);
    List<Map.Entry<String, Cursor>> mine = open.entrySet().stream()
        .filter(e -> e.getValue().userId.equals(cursor.userId))
        .sorted(Comparator.comparing(e -> e.getValue().lastUsed))
        .toList();
    for (int i = 0; i <= mine.size() - MAX_PER_USER; i++) {
      open.remove(mine.get(i).getKey());
    }
    open.put(id, cursor);
  }
}
