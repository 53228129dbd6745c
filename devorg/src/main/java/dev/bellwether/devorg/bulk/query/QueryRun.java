package dev.bellwether.devorg.bulk.query;

import dev.bellwether.devorg.faults.FaultInjector;
import dev.bellwether.devorg.soql.SoqlEngine;
import dev.bellwether.devorg.soql.SoqlResult;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs a query job in the background: the query once, then its rows to the result file. */
final class QueryRun implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(QueryRun.class);
  private final QueryJob job;
  private final SoqlEngine engine;
  private final FaultInjector faults;

  QueryRun(QueryJob job, SoqlEngine engine, FaultInjector faults) {
    this.job = job;
    this.engine = engine;
    this.faults = faults;
  }

  @Override
  public void run() {
    long started = System.nanoTime();
    if (!job.begin()) {
      return;
    }
    if (faults.bulkJobFailure()) {
      job.fail(FaultInjector.BULK_FAILURE_MESSAGE, (System.nanoTime() - started) / 1_000_000);
      return;
    }
    try {
      SoqlResult result = engine.execute(job.spec().query(), job.spec().includeDeleted());
      QueryResults written = QueryResults.write(job.id(), CsvColumns.of(result.columns()), result.rows(),
          job.spec().format());
      job.complete(written, (System.nanoTime() - started) / 1_000_000);
    } catch (IOException | RuntimeException e) {
      LOG.error("bulk query job {} failed", job.id(), e);
      job.fail("InternalServerError : " + e, (System.nanoTime() - started) / 1_000_000);
    }
  }
}
