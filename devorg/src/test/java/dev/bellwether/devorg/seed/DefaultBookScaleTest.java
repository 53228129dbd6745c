package dev.bellwether.devorg.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default 2,000-account book: signal files stay under the 40 MB budget and names stay
 * unique. Also logs the generation time, for information only (no timed assertion).
 */
class DefaultBookScaleTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

  @Test
  void defaultBookStaysUnderFortyMegabytesWithUniqueNames(@TempDir Path dir) throws IOException {
    Set<String> names = new HashSet<>();
    Set<String> usernames = new HashSet<>();
    AtomicInteger duplicates = new AtomicInteger();
    AtomicInteger next = new AtomicInteger();
    // A sink that does almost nothing, so the timing below is the seed's own work.
    SeedSink sink = (type, fields) -> {
      if (type.equals("Account") && !names.add((String) fields.get("Name"))) {
        duplicates.incrementAndGet();
      }
      if (type.equals("User") && !usernames.add((String) fields.get("Username"))) {
        duplicates.incrementAndGet();
      }
      return InMemorySink.id(InMemorySink.KEY_PREFIX.get(type), next.incrementAndGet());
    };
    DemoSeed seed = new DemoSeed(DemoSeedOptions.defaults(2026L, TODAY));

    long started = System.nanoTime();
    SeedSummary summary = seed.writeTo(sink, dir);
    long millis = (System.nanoTime() - started) / 1_000_000;

    long totalBytes = 0;
    StringBuilder sizes = new StringBuilder();
    for (Path file : summary.signalFiles()) {
      long size = Files.size(file);
      totalBytes += size;
      sizes.append(String.format(" %s=%,d", file.getFileName(), size));
    }
    System.out.printf("Default book: %,d ms; records %s; signal bytes%s; total %,d%n", millis,
        summary.recordsByObject(), sizes, totalBytes);

    assertEquals(2_000, summary.count("Account"));
    assertEquals(9, summary.count("User"));
    assertEquals(0, duplicates.get(), "duplicate account names or usernames");
    assertTrue(totalBytes < 40L * 1024 * 1024, "signal files total " + totalBytes + " bytes");
    for (Map.Entry<String, Integer> e : summary.recordsByObject().entrySet()) {
      assertTrue(e.getValue() > 0, e.getKey() + " has no records");
    }
  }
}
