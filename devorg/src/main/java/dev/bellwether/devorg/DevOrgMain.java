package dev.bellwether.devorg;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The `bellwether devorg` command: starts a devorg and serves until stopped. */
@Command(name = "devorg", mixinStandardHelpOptions = true,
    description = "Start a local Salesforce-compatible org (SOAP, REST, Bulk 2.0, Metadata, Canvas).")
public final class DevOrgMain implements Callable<Integer> {
  @Option(names = "--port", description = "Port on 127.0.0.1 (0 = any free port). Default: ${DEFAULT-VALUE}")
  int port = 7443;

  @Option(names = "--data", description = "Directory that keeps the org across restarts (default: memory only).")
  Path data;

  @Option(names = "--seed", description = "demo or none. Default: ${DEFAULT-VALUE}")
  String seed = "none";

  @Option(names = "--accounts", description = "Accounts in the demo seed. Default: ${DEFAULT-VALUE}")
  int accounts = 2000;

  @Option(names = "--seed-number", description = "Random seed of the demo data. Default: ${DEFAULT-VALUE}")
  long seedNumber = 42;

  @Option(names = "--faults", description = "e.g. transient=0.1,lock=0.05,reset=0.02,stall=0.01,stall-time=30s,"
      + "bulk-fail=0.1,session-ttl=60s,latency=20ms,api-limit=500 (see docs/devorg.md)")
  String faults = "";

  @Option(names = "--api-limit", description = "Daily API request limit. Default: ${DEFAULT-VALUE}")
  int apiLimit = 1_000_000;

  @Option(names = "--manifests", description = "SFDX project whose objects the org knows (default: ./manifests if present).")
  Path manifests;

  @Override
  public Integer call() throws Exception {
    DevOrgOptions options = DevOrgOptions.builder().port(port).dataDir(data).seed(seed)
        .accounts(accounts).seedNumber(seedNumber).faults(faults).apiLimit(apiLimit)
        .manifestsDir(manifests).build();
    DevOrg devorg = DevOrg.start(options);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      devorg.close();
      stopped.countDown();
    }, "devorg-shutdown"));
    System.out.println("devorg ready at " + devorg.url());
    System.out.println("  user admin@bellwether.devorg / bellwether; OAuth client bellwether-cli / bellwether-secret");
    if (devorg.signalsDir() != null) {
      System.out.println("  demo signals (usage, surveys, invoices) in " + devorg.signalsDir());
    }
    devorg.demoAccountPage().ifPresent(url -> System.out.println("  Account page: " + url));
    System.out.flush();
    stopped.await();
    return 0;
  }

  public static void main(String[] args) {
    CommandLine cli = new CommandLine(new DevOrgMain());
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("devorg: " + e.getMessage());
      return 2;
    });
    System.exit(cli.execute(args));
  }
}
