package dev.bellwether.service.ingest;

import dev.bellwether.service.cli.CliEnvironment;
import java.io.InputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bellwether ingest usage|surveys|invoices FILE...}: loads signal files into the store. */
@Command(name = "ingest",
    description = "Loads signal files into the store: product usage, survey answers, invoices.")
public final class IngestCommand implements Callable<Integer> {
  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  private final CliEnvironment process;

  private IngestCommand(CliEnvironment process) {
    this.process = process;
  }

  /**
   * The {@code ingest} command with its three subcommands, for {@code BellwetherCli} to register.
   *
   * @param stdin what {@code -} reads
   */
  public static CommandLine commandLine(CliEnvironment process, InputStream stdin) {
    return new CommandLine(new IngestCommand(process))
        .addSubcommand(new CommandLine(new IngestFilesCommand.Usage(process, stdin)))
        .addSubcommand(new CommandLine(new IngestFilesCommand.Surveys(process, stdin)))
        .addSubcommand(new CommandLine(new IngestFilesCommand.Invoices(process, stdin)));
  }

  @Override
  public Integer call() {
    process.err().println("usage: bellwether ingest usage|surveys|invoices FILE... [--format json|ndjson|csv]"
        + " [--json] [--org ID]   (try --help)");
    process.err().flush();
    return IngestFilesCommand.USAGE_ERROR;
  }
}
