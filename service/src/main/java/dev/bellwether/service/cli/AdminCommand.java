package dev.bellwether.service.cli;

import dev.bellwether.service.admin.AdminServer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code bellwether admin}: the admin API's commands; today {@code serve}. */
@Command(name = "admin", mixinStandardHelpOptions = true, version = BellwetherCli.VERSION,
    description = "The admin HTTP API. Subcommand 'serve' runs it over the configured store.")
final class AdminCommand implements Callable<Integer> {
  private final CliEnvironment process;

  AdminCommand(CliEnvironment process) {
    this.process = process;
  }

  @Override
  public Integer call() {
    process.err().println("usage: bellwether admin serve [--port " + AdminServer.DEFAULT_PORT + "] [--host "
        + AdminServer.DEFAULT_HOST + "]   (try --help)");
    return ExitCodes.USAGE;
  }
}
