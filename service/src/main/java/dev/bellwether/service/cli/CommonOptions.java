package dev.bellwether.service.cli;

import java.net.URI;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the store and the CRM are: options shared by the sync commands. */
final class CommonOptions {
  @Option(names = "--data", paramLabel = "DIR",
      description = "Data directory of the embedded H2 store (default: $BELLWETHER_DATA, else ./.bellwether/).")
  String data;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Bellwether YAML file: its salesforce: and mappings: sections (defaults when absent).")
  Path config;

  @Option(names = "--db", paramLabel = "JDBC_URL",
      description = "A PostgreSQL JDBC URL instead of the embedded H2 store.")
  String db;

  @Option(names = "--login-url", paramLabel = "URL",
      description = "Overrides the CRM login URL (default: the config file's, else devorg at "
          + CliSettings.DEVORG_URL + ").")
  URI loginUrl;
}
