package dev.bellwether.service.cli;

import java.util.concurrent.Callable;
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
        .setOut(process.out()).setErr(process.err());
    int code = cli.execute(args);
    process.out().flush();
    process.err().flush();
    return code;
  }

  @Override
  public Integer call() {
    process.err().println("usage: bellwether sync --once | bellwether sync status [--json]"
        + " | bellwether admin serve   (try --help)");
    process.err().flush();
    return ExitCodes.USAGE;
  }
}
