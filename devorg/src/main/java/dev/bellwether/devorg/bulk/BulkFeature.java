package dev.bellwether.devorg.bulk;

import dev.bellwether.devorg.bulk.ingest.IngestJobs;
import dev.bellwether.devorg.bulk.query.QueryJobs;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import org.glassfish.jersey.internal.inject.AbstractBinder;

/**
 * Gives the Bulk resources their per-org state: the job registries and the background
 * executor live as long as the server (one per org) and are shut down with it.
 */
@Provider
public final class BulkFeature implements Feature {
  @Override
  public boolean configure(FeatureContext context) {
    context.register(new AbstractBinder() {
      @Override
      protected void configure() {
        bindAsContract(BulkExecutor.class).in(Singleton.class);
        bindAsContract(IngestJobs.class).in(Singleton.class);
        bindAsContract(QueryJobs.class).in(Singleton.class);
      }
    });
    return true;
  }
}
