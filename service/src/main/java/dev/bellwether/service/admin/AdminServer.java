package dev.bellwether.service.admin;

import dev.bellwether.service.reports.ChurnAdminResource;
import dev.bellwether.service.reports.MetricsAdminResource;
import dev.bellwether.service.reports.Reports;
import dev.bellwether.service.scorecards.ScorecardSource;
import dev.bellwether.service.scoring.signals.StoreSignalSource;
import dev.bellwether.service.ingest.SignalIngest;
import dev.bellwether.service.panels.PanelEndpoints;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin HTTP API on Grizzly: {@code GET /admin/sync/status}, {@code GET /admin/sync/parked},
 * {@code POST /admin/sync/parked/{id}/retry}, {@code GET /admin/sync/conflicts} behind a bearer
 * token, {@code GET|PUT /admin/scorecards} and {@code POST /admin/scorecards/validate} behind it too,
 * {@code POST /admin/ingest/{usage|surveys|invoices}}, {@code GET /admin/metrics} and {@code GET
 * /admin/churn} behind it too, and {@code GET /admin/health}. Binds 127.0.0.1 unless told otherwise. Close it to stop.
 */
public final class AdminServer implements AutoCloseable {
  /** Where the API listens unless told otherwise: this machine only. */
  public static final String DEFAULT_HOST = "127.0.0.1";
  /** The port unless told otherwise. */
  public static final int DEFAULT_PORT = 7480;

  private static final Logger LOG = LoggerFactory.getLogger(AdminServer.class);
  /**
   * Grizzly and Jersey log start-up chatter and a harmless missing-provider warning (no
   * jakarta.activation) through java.util.logging onto the console of {@code bellwether admin
   * serve}; keep only their real errors, as devorg does. Held so JUL keeps the level.
   */
  private static final java.util.logging.Logger GLASSFISH_LOG = quiet("org.glassfish");
  private static final String LISTENER = "grizzly";

  private final HttpServer server;
  private final URI baseUri;
  private final AtomicBoolean closed = new AtomicBoolean();

  private AdminServer(HttpServer server, URI baseUri) {
    this.server = server;
    this.baseUri = baseUri;
  }

  /**
   * Starts serving.
   *
   * @param context what the API reads: the store, its orgs, the mapped objects, the clock
   * @param token the bearer token every {@code /admin/sync} call must carry
   * @param host the address to bind, {@value #DEFAULT_HOST} by default
   * @param port the port; 0 picks a free one
   * @throws IOException when the address cannot be bound; the message names it
   */
  public static AdminServer start(AdminContext context, AdminToken token, String host, int port)
      throws IOException {
    return start(context, token, host, port, Optional.empty());
  }

  /**
   * Starts serving, with the Canvas panels under {@code /canvas/} when given: they authenticate by
   * signed request and session token, not by the admin token.
   */
  public static AdminServer start(AdminContext context, AdminToken token, String host, int port,
      Optional<PanelEndpoints> panels) throws IOException {
    AdminJson json = new AdminJson();
    SyncAdministration admin = new SyncAdministration(context);
    ScorecardSource scorecards = new ScorecardSource(context.store().scorecards());
    Reports reports = new Reports(context.store().records(), scorecards, new StoreSignalSource(context.store()),
        context.clock());
    ResourceConfig config = new ResourceConfig()
        // Resources by class, their collaborators bound: Jersey warns about resource instances.
        .register(SyncAdminResource.class)
        .register(HealthResource.class)
        .register(IngestResource.class)
        .register(ScorecardAdminResource.class)
        .register(MetricsAdminResource.class)
        .register(ChurnAdminResource.class)
        .register(HealthOverrideResource.class)
        .register(new AbstractBinder() {
          @Override
          protected void configure() {
            bind(admin).to(SyncAdministration.class);
            bind(json).to(AdminJson.class);
            bind(context).to(AdminContext.class);
            bind(new SignalIngest(context.store())).to(SignalIngest.class);
            bind(scorecards).to(ScorecardSource.class);
            bind(reports).to(Reports.class);
          }
        })
        .register(new BearerTokenFilter(token, json))
        .register(new AdminErrorMapper(json))
        .property(ServerProperties.WADL_FEATURE_DISABLE, true)
        // Error statuses keep the JSON body instead of Grizzly's HTML error page.
        .property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
    panels.ifPresent(p -> p.registerInto(config));
    HttpServer server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://" + host + ":" + port + "/"),
        config, false);
    server.getListener(LISTENER).registerAddOn(new IgnoreUpgradeOffers());
    try {
      server.start();
    } catch (IOException e) {
      server.shutdownNow();
      throw new IOException("the admin API cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
    }
    URI base = URI.create("http://" + host + ":" + server.getListener(LISTENER).getPort() + "/");
    if (!loopback(host)) {
      LOG.warn("The admin API listens on {}, reachable from other machines; anyone there with the token can"
          + " read sync status and retry parked records", base);
    }
    LOG.info("Admin API on {}admin/ over store {}; token from {}", base, context.store().describe(), token.source());
    return new AdminServer(server, base);
  }

  /** The root the API paths hang off, e.g. {@code http://127.0.0.1:7480/}. */
  public URI baseUri() {
    return baseUri;
  }

  /** The port actually bound. */
  public int port() {
    return baseUri.getPort();
  }

  /** Stops serving at once; the store stays open (it belongs to the caller). */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      server.shutdownNow();
    }
  }

  private static java.util.logging.Logger quiet(String name) {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
    logger.setLevel(java.util.logging.Level.SEVERE);
    return logger;
  }

  private static boolean loopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
