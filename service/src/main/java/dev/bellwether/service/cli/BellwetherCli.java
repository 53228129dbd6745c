package dev.bellwether.service.cli;

import dev.bellwether.service.ingest.IngestCommand;
import dev.bellwether.service.reports.ChurnCommand;
import dev.bellwether.service.reports.MetricsCommand;
import dev.bellwether.service.reports.ReportUsageException;
import dev.bellwether.service.reports.StoreOpener;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code bellwether} command: the entry point {@code scripts/bellwether} runs. */
@Command(name = "bellwether", mixinStandardHelpOptions = true, version = BellwetherCli.VERSION,
    description = "Customer Success for your CRM: sync, metrics, panels.")
public final class BellwetherCli implements Callable<Integer> {
  /** What --version prints. */
  static final String VERSION = "Bellwether 0.1.0-SNAPSHOT";

  private final CliEnvironment process;

  BellwetherCli(CliEnvironment process) {
    this.process = process;
  }

  public static void main(String[] args) {
    System.exit(run(CliEnvironment.ofProcess(), args));
  }

  /** Runs a command line in this process and returns its exit code (0 ok, 1 sync errors, 2 usage). */
  public static int run(CliEnvironment process, String... args) {
    CommandLine sync = new CommandLine(new SyncCommand(process))
        .addSubcommand(new CommandLine(new SyncStatusCommand(process)))
        .addSubcommand(new CommandLine(new SyncParkedCommand(process)))
        .addSubcommand(new CommandLine(new SyncRetryParkedCommand(process)))
        .addSubcommand(new CommandLine(new SyncConflictsCommand(process)));
    CommandLine admin = new CommandLine(new AdminCommand(process))
        .addSubcommand(new CommandLine(new AdminServeCommand(process)));
    CommandLine cli = new CommandLine(new BellwetherCli(process)).addSubcommand(sync).addSubcommand(admin)
        .addSubcommand(new CommandLine(new ScoreCommand(process)))
        .addSubcommand(new CommandLine(new ValidateKpisCommand(process)))
        .addSubcommand(reportCommand(process, stores -> new MetricsCommand(process, stores)))
        .addSubcommand(reportCommand(process, stores -> new ChurnCommand(process, stores)))
        .addSubcommand(IngestCommand.commandLine(process, System.in))
        .setOut(process.out()).setErr(process.err());
    int code = cli.execute(args);
    process.out().flush();
    process.err().flush();
    return code;
  }

  /** A report command with the common store options, which it reaches only through its {@link StoreOpener}. */
  private static CommandLine reportCommand(CliEnvironment process, Function<StoreOpener, Object> command) {
    CommonOptions options = new CommonOptions();
    return new CommandLine(command.apply(reportStore(process, options))).addMixin("common", options);
  }

  /** Opens the store the options name, as the sync commands do. */
  private static StoreOpener reportStore(CliEnvironment process, CommonOptions options) {
    return () -> {
      try {
        return SyncViewCommand.openStore(CliSettings.resolve(options, process));
      } catch (CliUsageException e) {
        throw new ReportUsageException("bad_options", e.getMessage(), e);
      }
    };
  }

  @Override
  public Integer call() {
    process.err().println("usage: bellwether sync --once | bellwether sync status [--json]"
        + " | bellwether admin serve | bellwether metrics --period 2025-Q3 | bellwether churn   (try --help)");
    process.err().flush();
    return ExitCodes.USAGE;
  }
}
