package dev.bellwether.devorg.rest;

import dev.bellwether.devorg.soql.SoqlResult;
import dev.bellwether.devorg.store.Ids;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The open query cursors of one org: the rest of a result kept server-side between pages.
 * As in Salesforce a cursor lapses after 15 minutes without use, and a user holds at most 10;
 * opening an eleventh releases the oldest. A cursor is released once its last page is read.
 */
final class QueryCursors {
  static final Duration IDLE_TIMEOUT = Duration.ofMinutes(15);
  static final int MAX_PER_USER = 10;
  /** Salesforce's key prefix for query locators. */
  private static final String PREFIX = "01g";
  private final Map<String, Cursor> open = new ConcurrentHashMap<>();
  private final AtomicLong sequence = new AtomicLong();
  private final Clock clock;

  /** One open cursor: whose it is, the full result and the page size asked for. */
  record Cursor(String id, String userId, SoqlResult result, int batchSize, Instant openedAt,
      Instant lastUsed) {
    Cursor touched(Instant now) {
      return new Cursor(id, userId, result, batchSize, openedAt, now);
    }
  }

  QueryCursors(Clock clock) {
    this.clock = clock;
  }

  /** Keeps a result whose first page has been sent; returns the cursor id. */
  String open(String userId, SoqlResult result, int batchSize) {
    Instant now = clock.instant();
    expire(now);
    List<Cursor> mine = new ArrayList<>();
    for (Cursor c : open.values()) {
      if (c.userId().equals(userId)) {
        mine.add(c);
      }
    }
    mine.sort(Comparator.comparing(Cursor::openedAt).thenComparing(Cursor::id));
    for (int i = 0; i <= mine.size() - MAX_PER_USER; i++) {
      open.remove(mine.get(i).id());
    }
    String id = Ids.of(PREFIX, sequence.incrementAndGet());
    open.put(id, new Cursor(id, userId, result, batchSize, now, now));
    return id;
  }

  /** The user's live cursor with this id, marked as used now. */
  Optional<Cursor> find(String id, String userId) {
    Instant now = clock.instant();
    expire(now);
    Cursor c = open.get(id);
    if (c == null || !c.userId().equals(userId)) {
      return Optional.empty();
    }
    Cursor touched = c.touched(now);
    open.replace(id, c, touched);
    return Optional.of(touched);
  }

  void release(String id) {
    open.remove(id);
  }

  int size() {
    return open.size();
  }

  private void expire(Instant now) {
    open.values().removeIf(c -> !c.lastUsed().plus(IDLE_TIMEOUT).isAfter(now));
  }
}
