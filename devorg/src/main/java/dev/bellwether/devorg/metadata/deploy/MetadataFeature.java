package dev.bellwether.devorg.metadata.deploy;

import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import org.glassfish.jersey.internal.inject.AbstractBinder;

/**
 * Binds one {@link DeployQueue} per server, so the SOAP and REST deploy resources (created
 * per request) share the org's deploys without any static state.
 */
@Provider
public final class MetadataFeature implements Feature {
  @Override
  public boolean configure(FeatureContext context) {
    context.register(new AbstractBinder() {
      @Override
      protected void configure() {
        bindAsContract(DeployQueue.class).in(Singleton.class);
      }
    });
    return true;
  }
}
