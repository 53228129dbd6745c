package dev.bellwether.devorg.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.devorg.soql.SoqlResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryCursorsTest {
  private static final SoqlResult RESULT = new SoqlResult("Account", List.of(), List.of(), 0, false);
  private final MutableClock clock = new MutableClock(Instant.parse("2025-01-10T10:00:00Z"));
  private final QueryCursors cursors = new QueryCursors(clock);

  @Test
  void cursorIdsLookLikeSalesforceQueryLocators() {
    String id = cursors.open("005A", RESULT, 2000);
    assertTrue(id.matches("01g[0-9A-Za-z]{15}"), id);
    assertEquals(2000, cursors.find(id, "005A").orElseThrow().batchSize());
  }

  @Test
  void aCursorLapsesAfterFifteenIdleMinutesButUseKeepsItAlive() {
    String id = cursors.open("005A", RESULT, 2000);
    clock.set(Instant.parse("2025-01-10T10:14:59Z"));
    assertTrue(cursors.find(id, "005A").isPresent(), "used at 10:14:59");
    clock.set(Instant.parse("2025-01-10T10:29:58Z"));
    assertTrue(cursors.find(id, "005A").isPresent(), "14:59 after its last use");
    clock.set(Instant.parse("2025-01-10T10:44:58Z"));
    assertTrue(cursors.find(id, "005A").isEmpty(), "15 minutes idle");
  }

  @Test
  void anEleventhCursorReleasesTheUsersOldest() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      clock.set(Instant.parse("2025-01-10T10:00:00Z").plusSeconds(i));
      ids.add(cursors.open("005A", RESULT, 2000));
    }
    String other = cursors.open("005B", RESULT, 2000);
    assertTrue(cursors.find(ids.get(0), "005A").isEmpty());
    assertTrue(cursors.find(ids.get(1), "005A").isPresent());
    assertTrue(cursors.find(ids.get(10), "005A").isPresent());
    assertTrue(cursors.find(other, "005B").isPresent());
    assertEquals(11, cursors.size());
  }

  @Test
  void aCursorBelongsToTheUserWhoOpenedIt() {
    String id = cursors.open("005A", RESULT, 2000);
    assertTrue(cursors.find(id, "005B").isEmpty());
    cursors.release(id);
    assertTrue(cursors.find(id, "005A").isEmpty());
  }
}
