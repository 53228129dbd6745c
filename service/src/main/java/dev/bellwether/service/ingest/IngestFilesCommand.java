package dev.bellwether.service.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bellwether.service.cli.CliEnvironment;
import dev.bellwether.store.DataDirectory;
import dev.bellwether.store.Store;
import dev.bellwether.store.StoreConfig;
import dev.bellwether.store.StoreException;
import dev.bellwether.sync.status.SyncedOrgs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bellwether ingest KIND FILE...}: each file read in its format (by extension, or
 * {@code --format}; {@code -} is stdin), bad lines printed (the first {@value RejectLog#PRINTED})
 * and all written to a rejects file, then a summary. Exit code 0 when every line was stored or
 * already there, 1 when some were rejected or the store failed, 2 for a usage error (the same codes
 * as every {@code bellwether} command).
 */
abstract class IngestFilesCommand implements Callable<Integer> {
  static final int OK = 0;
  static final int REJECTED = 1;
  static final int USAGE_ERROR = 2;
  private static final String STDIN = "-";
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Signal files; - reads stdin (needs --format).")
  List<String> files = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "json (an array of objects), ndjson (one object a line) or csv (with a header);"
          + " default: from each file's extension.")
  String format;

  @Option(names = "--json", description = "Print the summary as JSON instead of a table.")
  boolean asJson;

  @Option(names = "--org", paramLabel = "ORG_ID",
      description = "The org the signals belong to (default: the only org synced into the store).")
  String org;

  @Option(names = "--rejects", paramLabel = "FILE",
      description = "Where every rejected line goes, as NDJSON (default: DATA_DIR/rejects/KIND-TIME.ndjson).")
  Path rejects;

  @Option(names = "--data", paramLabel = "DIR",
      description = "Data directory of the embedded H2 store (default: $BELLWETHER_DATA, else ./.bellwether/).")
  String data;

  @Option(names = "--db", paramLabel = "JDBC_URL", description = "A PostgreSQL JDBC URL instead of the embedded H2 store.")
  String db;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Bellwether YAML file, as for sync; the store is chosen by --data or --db.")
  Path config;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  private final CliEnvironment process;
  private final InputStream stdin;
  private final SignalKind kind;

  IngestFilesCommand(CliEnvironment process, InputStream stdin, SignalKind kind) {
    this.process = process;
    this.stdin = stdin;
    this.kind = kind;
  }

  @Override
  public final Integer call() {
    String name = "ingest " + kind.code();
    try {
      Map<String, InputFormat> inputs = inputs();
      DataDirectory dataDirectory = dataDirectory();
      try (Store store = Store.open(storeConfig(dataDirectory), process.env())) {
        String orgId = org(store);
        Path rejectsFile = rejects != null ? process.workingDirectory().resolve(rejects)
            : dataDirectory.path().resolve("rejects")
                .resolve(kind.code() + "-" + STAMP.format(process.clock().instant()) + ".ndjson");
        return ingest(store, orgId, inputs, rejectsFile);
      }
    } catch (UsageError | StoreException e) {
      process.err().println(name + ": " + e.getMessage());
      return USAGE_ERROR;
    } catch (SQLException e) {
      process.err().println(name + ": the store failed: " + e.getMessage()
          + " (batches written before the failure are kept)");
      return REJECTED;
    } catch (IOException e) {
      process.err().println(name + ": reading failed: " + e.getMessage());
      return REJECTED;
    } finally {
      process.out().flush();
      process.err().flush();
    }
  }

  private int ingest(Store store, String orgId, Map<String, InputFormat> inputs, Path rejectsFile)
      throws IOException, SQLException {
    SignalIngest ingest = new SignalIngest(store);
    List<IngestSummary> summaries = new ArrayList<>();
    try (RejectLog log = new RejectLog(process.err(), rejectsFile)) {
      for (Map.Entry<String, InputFormat> input : inputs.entrySet()) {
        String file = input.getKey();
        IngestRequest request = new IngestRequest(orgId, kind, input.getValue(), file.equals(STDIN) ? "stdin" : file);
        try (InputStream in = file.equals(STDIN) ? stdin : Files.newInputStream(process.workingDirectory().resolve(file))) {
          IngestSummary summary = ingest.ingest(request, in, log);
          summaries.add(summary);
          if (summary.stopped() != null) {
            process.err().println(summary.stopped() + " (the lines before it were kept)");
          }
        }
      }
      if (log.notPrinted() > 0) {
        process.err().println("... and " + log.notPrinted() + " more rejected lines");
      }
      if (log.writtenFile() != null) {
        process.err().println(log.total() + " rejected lines written to " + log.writtenFile());
      }
      print(orgId, summaries, log.writtenFile(), store.describe());
    }
    return summaries.stream().allMatch(IngestSummary::clean) ? OK : REJECTED;
  }

  private void print(String orgId, List<IngestSummary> summaries, Path rejectsFile, String storeName) {
    IngestSummary total = IngestSummary.total("total", summaries);
    if (asJson) {
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      ObjectNode json = mapper.createObjectNode();
      json.put("kind", kind.code());
      json.put("org", orgId);
      ArrayNode files = json.putArray("files");
      summaries.forEach(s -> files.add(s.toJson(mapper)));
      json.set("total", total.toJson(mapper).without(List.of("source", "format")));
      json.put("rejectsFile", rejectsFile == null ? null : rejectsFile.toString());
      try {
        process.out().println(mapper.writeValueAsString(json));
      } catch (IOException e) {
        throw new IllegalStateException("a tree of plain nodes always serialises", e);
      }
      return;
    }
    process.out().println("ingest " + kind.code() + " for org " + orgId + " into " + storeName);
    process.out().print(SummaryTable.render(summaries, summaries.size() > 1 ? total : null));
  }

  /** Each input with its format, checked before the store is opened. */
  private Map<String, InputFormat> inputs() throws UsageError {
    InputFormat forced = null;
    if (format != null) {
      forced = InputFormat.fromCode(format);
      if (forced == null) {
        throw new UsageError("--format: '" + format + "' is not json, ndjson or csv");
      }
    }
    Map<String, InputFormat> inputs = new LinkedHashMap<>();
    for (String file : files) {
      if (inputs.containsKey(file)) {
        throw new UsageError(file + " is named twice");
      }
      if (file.equals(STDIN)) {
        if (forced == null) {
          throw new UsageError("- (stdin) has no extension to tell its format: add --format json|ndjson|csv");
        }
        inputs.put(file, forced);
        continue;
      }
      Path path = process.workingDirectory().resolve(file);
      if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
        throw new UsageError(file + ": no such readable file");
      }
      InputFormat of = forced != null ? forced : InputFormat.ofFileName(file);
      if (of == null) {
        throw new UsageError(file + ": cannot tell the format from the extension (.json, .ndjson, .jsonl, .csv);"
            + " add --format json|ndjson|csv");
      }
      inputs.put(file, of);
    }
    if (config != null && !Files.isRegularFile(process.workingDirectory().resolve(config))) {
      throw new UsageError("--config: " + config + " is not a readable file");
    }
    return inputs;
  }

  /** The data directory: where the embedded store lives and where rejects files go, also with --db. */
  private DataDirectory dataDirectory() throws UsageError {
    if (db != null && data != null) {
      throw new UsageError("--db and --data exclude each other: --data is for the embedded H2 store");
    }
    try {
      return DataDirectory.resolve(data, process.env(), process.workingDirectory());
    } catch (StoreException e) {
      throw new UsageError(e.getMessage());
    }
  }

  private StoreConfig storeConfig(DataDirectory dataDirectory) throws UsageError {
    if (db == null) {
      return StoreConfig.embedded(dataDirectory.path());
    }
    if (!db.startsWith("jdbc:")) {
      throw new UsageError("--db: expected a JDBC URL such as jdbc:postgresql://host:5432/bellwether");
    }
    return StoreConfig.server(db, null, null);
  }

  private String org(Store store) throws SQLException, UsageError {
    List<String> synced = new SyncedOrgs(store.dataSource()).list();
    try {
      String orgId = IngestOrg.resolve(org, synced, "--org ID");
      if (!synced.isEmpty() && !synced.contains(orgId)) {
        process.err().println("note: org " + orgId + " has not synced into this store (synced: "
            + String.join(", ", synced) + "); its signals are kept for when it does");
      }
      return orgId;
    } catch (IllegalArgumentException e) {
      throw new UsageError(e.getMessage());
    }
  }

  /** A usage error: the message names the option or file at fault; exit code 2. */
  private static final class UsageError extends Exception {
    UsageError(String message) {
      super(message);
    }
  }

  /** {@code bellwether ingest usage}. */
  @Command(name = "usage", description = "Loads product usage: single events, weekly rollups, onboarding"
      + " milestones (fields: type, event_id, account_id, user_id, feature, event, occurred_at, count,"
      + " week_start, events, active_users, licensed_seats).")
  static final class Usage extends IngestFilesCommand {
    Usage(CliEnvironment process, InputStream stdin) {
      super(process, stdin, SignalKind.USAGE);
    }
  }

  /** {@code bellwether ingest surveys}. */
  @Command(name = "surveys", description = "Loads survey answers: NPS 0-10 and CSAT 1-5 (fields: answer_id,"
      + " account_id, contact_id, survey, score, answered_at, comment).")
  static final class Surveys extends IngestFilesCommand {
    Surveys(CliEnvironment process, InputStream stdin) {
      super(process, stdin, SignalKind.SURVEYS);
    }
  }

  /** {@code bellwether ingest invoices}. */
  @Command(name = "invoices", description = "Loads invoices; a re-sent invoice may add its paid day (fields:"
      + " invoice_number, account_id, issued_on, due_on, amount, currency, paid_on).")
  static final class Invoices extends IngestFilesCommand {
    Invoices(CliEnvironment process, InputStream stdin) {
      super(process, stdin, SignalKind.INVOICES);
    }
  }
}
