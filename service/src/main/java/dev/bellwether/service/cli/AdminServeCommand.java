package dev.bellwether.service.cli;

import dev.bellwether.service.admin.AdminServer;
import dev.bellwether.service.admin.AdminToken;
import dev.bellwether.store.DataDirectory;
import dev.bellwether.store.Store;
import dev.bellwether.store.StoreException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bellwether admin serve}: only the admin HTTP API over the configured store, until stopped
 * (Ctrl-C, SIGTERM). Useful with PostgreSQL while sync runs elsewhere.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, version = BellwetherCli.VERSION,
    description = "Serves the admin HTTP API (status, parked records, conflicts, health) over the store until"
        + " stopped.")
final class AdminServeCommand implements Callable<Integer> {
  @Mixin
  CommonOptions common = new CommonOptions();

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + AdminServer.DEFAULT_PORT,
      description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = AdminServer.DEFAULT_HOST,
      description = "The address to bind (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  private final CliEnvironment process;

  AdminServeCommand(CliEnvironment process) {
    this.process = process;
  }

  @Override
  public Integer call() {
    try {
      CliSettings settings = CliSettings.resolve(common, process);
      AdminToken token = token();
      try (Store store = SyncViewCommand.openStore(settings);
          AdminServer server = AdminServer.start(SyncViewCommand.adminContext(store, settings, process.clock()),
              token, host, port, settings.panels(store, process.clock()))) {
        process.out().println("admin API on " + server.baseUri() + "admin/ over store " + store.describe());
        if (settings.canvas().isPresent()) {
          process.out().println("Canvas panels on " + server.baseUri() + "canvas/account");
        }
        process.out().println("bearer token: " + (token.generated() ? "generated in " : "from ") + token.source()
            + (token.source().startsWith("environment") ? "" : " (readable by its owner only)"));
        process.out().println("stop with Ctrl-C");
        process.out().flush();
        awaitStop(server, store);
        return ExitCodes.OK;
      }
    } catch (CliUsageException e) {
      process.err().println("admin serve: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (IOException e) {
      // The address cannot be bound (in use, not local): a configuration matter, like a bad option.
      process.err().println("admin serve: " + e.getMessage());
      return ExitCodes.USAGE;
    }
  }

  private AdminToken token() throws CliUsageException {
    try {
      Path data = DataDirectory.resolve(common.data, process.env(), process.workingDirectory()).path();
      return AdminToken.resolve(process.env(), data);
    } catch (StoreException | IOException e) {
      throw new CliUsageException(e.getMessage(), e);
    }
  }

  /**
   * Serves until this thread is interrupted (in-process callers) or the JVM shuts down (Ctrl-C,
   * SIGTERM), when a hook stops the server and closes the store cleanly.
   */
  private static void awaitStop(AdminServer server, Store store) {
    Thread hook = new Thread(() -> {
      server.close();
      store.close();
    }, "bellwether-admin-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The hook is already running.
      }
    }
  }
}
