package dev.bellwether.devorg.http;

import dev.bellwether.devorg.org.Org;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * Serves one org over HTTP on 127.0.0.1. Every API surface is a JAX-RS resource found by
 * package scanning, so each lives in its own package (soap, rest, bulk, metadata, canvas...)
 * and receives the {@link Org} by injection.
 */
public final class DevOrgServer implements AutoCloseable {
  /**
   * Grizzly and Jersey log start-up chatter and a harmless missing-provider warning through
   * java.util.logging; keep only their real errors. Held here so the level is not lost when
   * JUL drops an unreferenced logger.
   */
  private static final java.util.logging.Logger GLASSFISH_LOG = quiet("org.glassfish");
  private final Org org;
  private final HttpServer server;
  private final int port;

  private DevOrgServer(Org org, HttpServer server, int port) {
    this.org = org;
    this.server = server;
    this.port = port;
  }

  /** Starts serving; port 0 picks a free port. */
  public static DevOrgServer start(Org org, String host, int port) {
    ResourceConfig rc = new ResourceConfig()
        .packages(true, "dev.bellwether.devorg")
        .property(ServerProperties.WADL_FEATURE_DISABLE, true)
        .property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true)
        .register(new AbstractBinder() {
          @Override
          protected void configure() {
            bind(org).to(Org.class);
          }
        });
    HttpServer server = GrizzlyHttpServerFactory.createHttpServer(
        URI.create("http://" + host + ":" + port + "/"), rc, false);
    server.getListener("grizzly").registerAddOn(new IgnoreUpgradeAddOn());
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + host + ":" + port, e);
    }
    int actual = server.getListener("grizzly").getPort();
    org.setBaseUrl("http://" + host + ":" + actual);
    return new DevOrgServer(org, server, actual);
  }

  private static java.util.logging.Logger quiet(String name) {
    java.util.logging.Logger l = java.util.logging.Logger.getLogger(name);
    l.setLevel(java.util.logging.Level.SEVERE);
    return l;
  }

  public int port() {
    return port;
  }

  @Override
  public void close() {
    server.shutdownNow();
    // Requests held by latency or stall wake up to closed connections and end quietly.
    org.faults().releaseHeldRequests();
  }
}
