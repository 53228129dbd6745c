package dev.bellwether.service.cli;

import dev.bellwether.service.admin.AdminContext;
import dev.bellwether.service.admin.AdminServer;
import dev.bellwether.service.admin.AdminToken;
import dev.bellwether.service.lifecycle.Lifecycle;
import dev.bellwether.service.panels.PanelEndpoints;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin HTTP API served beside continuous sync. A port already taken (another instance on the
 * same machine serves the same store) is reported and sync runs on without it: the API only reads
 * what the store holds, so losing it must never stop the sync.
 */
final class AdminCompanion implements Lifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(AdminCompanion.class);

  private final AdminContext context;
  private final AdminToken token;
  private final String host;
  private final int port;
  private final PrintWriter out;
  private final Optional<PanelEndpoints> panels;
  private AdminServer server;

  AdminCompanion(AdminContext context, AdminToken token, String host, int port, PrintWriter out,
      Optional<PanelEndpoints> panels) {
    this.context = context;
    this.token = token;
    this.host = host;
    this.port = port;
    this.out = out;
    this.panels = panels;
  }

  @Override
  public String name() {
    return "admin HTTP server on " + host + ":" + port;
  }

  @Override
  public void start() {
    try {
      server = AdminServer.start(context, token, host, port, panels);
      out.println("admin API on " + server.baseUri() + "admin/ (bearer token " + (token.generated()
          ? "generated in " : "from ") + token.source() + ")");
      panels.ifPresent(p -> out.println("Canvas panels on " + server.baseUri() + "canvas/account"));
    } catch (IOException e) {
      LOG.warn("admin API not started on {}:{}: {}; sync runs on without it", host, port, e.getMessage());
      out.println("admin API not started (" + e.getMessage() + "); use --admin-port to pick another port");
    }
    out.flush();
  }

  @Override
  public void stop() {
    if (server != null) {
      server.close();
    }
  }
}
