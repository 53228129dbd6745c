package dev.bellwether.devorg.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates a believable, deterministic B2B SaaS book of business: CRM records through a
 * {@link SeedSink} and signal files (usage, surveys, invoices) beside them.
 *
 * <p>The same options give the same records, in the same order, and byte-identical signal files
 * (given a sink that returns the same Ids). The seed reads no clock: "today" is an option.
 */
public final class DemoSeed {
  private static final Logger LOG = LoggerFactory.getLogger(DemoSeed.class);

  private final DemoSeedOptions options;

  /** A seed for {@code options}; nothing is generated until {@link #writeTo}. */
  public DemoSeed(DemoSeedOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Inserts the book through {@code sink} and writes the signal files into {@code signalsDir}
   * (created if missing; existing files of the same names are replaced).
   */
  public SeedSummary writeTo(SeedSink sink, Path signalsDir) throws IOException {
    Objects.requireNonNull(sink, "sink");
    Files.createDirectories(signalsDir);
    RandomStreams streams = new RandomStreams(options.seedNumber());
    BookOfBusiness book = new BookPlanner(options, streams).plan();
    CountingSink counting = new CountingSink(sink);
    SeededIds ids = new CrmRecordWriter(counting).write(book);
    List<Path> files = List.of(
        new UsageSignalWriter(options.today(), streams).write(book, ids, signalsDir),
        new SurveySignalWriter(options.today(), streams).write(book, ids, signalsDir),
        new InvoiceSignalWriter(options.today(), streams).write(book, ids, signalsDir));
    SeedSummary summary = new SeedSummary(counting.counts(), files);
    LOG.info("Seeded a demo book of {} accounts (seed {}, today {}): {}; signals in {}", options.accounts(),
        options.seedNumber(), options.today(), summary.recordsByObject(), signalsDir);
    return summary;
  }
}
