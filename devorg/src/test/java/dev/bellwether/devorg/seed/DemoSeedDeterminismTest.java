package dev.bellwether.devorg.seed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed number is the only source of randomness. */
class DemoSeedDeterminismTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
  private static final String[] FILES = {"usage.ndjson", "surveys.csv", "invoices.csv"};

  @Test
  void sameSeedGivesIdenticalRecordsAndByteIdenticalSignalFiles(@TempDir Path dir)
      throws IOException {
    SeedRun first = SeedRun.of(7, 60, TODAY, dir.resolve("a"));
    SeedRun second = SeedRun.of(7, 60, TODAY, dir.resolve("b"));

    assertFalse(first.sink.rows().isEmpty());
    // Row is a record: equal type, Id and field map (values and order) for every insert.
    assertEquals(first.sink.rows(), second.sink.rows());
    assertEquals(first.summary.recordsByObject(), second.summary.recordsByObject());
    for (String file : FILES) {
      assertArrayEquals(Files.readAllBytes(first.dir.resolve(file)),
          Files.readAllBytes(second.dir.resolve(file)), file);
    }
  }

  @Test
  void differentSeedGivesDifferentBook(@TempDir Path dir) throws IOException {
    SeedRun seven = SeedRun.of(7, 60, TODAY, dir.resolve("a"));
    SeedRun eight = SeedRun.of(8, 60, TODAY, dir.resolve("b"));

    assertNotEquals(names(seven), names(eight));
    assertNotEquals(seven.sink.rows(), eight.sink.rows());
    for (String file : FILES) {
      assertFalse(Arrays.equals(Files.readAllBytes(seven.dir.resolve(file)),
          Files.readAllBytes(eight.dir.resolve(file))), file + " should differ");
    }
  }

  @Test
  void summaryListsTheThreeSignalFilesInTheSignalsDirectory(@TempDir Path dir)
      throws IOException {
    Path signals = dir.resolve("not/yet/there");
    SeedRun run = SeedRun.of(1, 20, TODAY, signals);

    assertEquals(Arrays.stream(FILES).map(signals::resolve).toList(), run.summary.signalFiles());
    for (Path file : run.summary.signalFiles()) {
      assertFalse(Files.size(file) == 0, file + " is empty");
    }
  }

  private static java.util.List<Object> names(SeedRun run) {
    return run.rows("Account").stream().map(r -> r.get("Name")).toList();
  }
}
