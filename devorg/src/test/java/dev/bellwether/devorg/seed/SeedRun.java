package dev.bellwether.devorg.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.bellwether.devorg.seed.InMemorySink.Row;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One seed run into an {@link InMemorySink}, with readers for what it wrote. */
final class SeedRun {
  final LocalDate today;
  final InMemorySink sink = new InMemorySink();
  final Path dir;
  final SeedSummary summary;

  private SeedRun(long seedNumber, int accounts, LocalDate today, Path dir) throws IOException {
    this.today = today;
    this.dir = dir;
    this.summary = new DemoSeed(new DemoSeedOptions(seedNumber, accounts, today))
        .writeTo(sink, dir);
  }

  static SeedRun of(long seedNumber, int accounts, LocalDate today, Path dir) throws IOException {
    return new SeedRun(seedNumber, accounts, today, dir);
  }

  List<Row> rows(String type) {
    return sink.rows(type);
  }

  String firstLine(String file) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(dir.resolve(file))) {
      return reader.readLine();
    }
  }

  /** Parses a CSV signal file with Jackson, an RFC 4180 reader independent of the seed's writer. */
  List<Map<String, String>> csv(String file) throws IOException {
    CsvMapper mapper = new CsvMapper();
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    try (MappingIterator<Map<String, String>> rows = mapper.readerFor(Map.class).with(schema)
        .readValues(dir.resolve(file).toFile())) {
      return rows.readAll();
    }
  }

  List<JsonNode> usage() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("usage.ndjson"), StandardCharsets.UTF_8)) {
      lines.add(mapper.readTree(line));
    }
    return lines;
  }

  /** The segment rule Bellwether applies: Enterprise >= 1000 employees, SMB < 100. */
  static String segment(Row account) {
    int employees = (Integer) account.get("NumberOfEmployees");
    return employees >= 1000 ? "Enterprise" : employees >= 100 ? "Mid-Market" : "SMB";
  }

  /** Accounts with an activated contract covering {@code day}: ARR > 0 in domain terms. */
  Set<String> activeOn(LocalDate day) {
    Set<String> active = new HashSet<>();
    for (Row contract : rows("Contract")) {
      if (covers(contract, day)) {
        active.add(contract.string("AccountId"));
      }
    }
    return active;
  }

  /** Churned accounts (a lost Renewal) and the first day they had no contract. */
  Map<String, LocalDate> churnDates() {
    Map<String, LocalDate> lastEnd = new HashMap<>();
    for (Row contract : rows("Contract")) {
      if ("Activated".equals(contract.get("Status"))) {
        lastEnd.merge(contract.string("AccountId"), endExclusive(contract),
            (a, b) -> a.isAfter(b) ? a : b);
      }
    }
    Map<String, LocalDate> churned = new HashMap<>();
    for (Row opp : rows("Opportunity")) {
      if ("Renewal".equals(opp.get("Type")) && "Closed Lost".equals(opp.get("StageName"))) {
        churned.put(opp.string("AccountId"), lastEnd.get(opp.string("AccountId")));
      }
    }
    return churned;
  }

  /** Accounts that renewed at least once and are still customers today. */
  Set<String> retained() {
    Set<String> renewed = new HashSet<>();
    for (Row opp : rows("Opportunity")) {
      if ("Renewal".equals(opp.get("Type")) && "Closed Won".equals(opp.get("StageName"))) {
        renewed.add(opp.string("AccountId"));
      }
    }
    renewed.retainAll(activeOn(today));
    return renewed;
  }

  Map<String, Row> accountsById() {
    Map<String, Row> accounts = new HashMap<>();
    for (Row account : rows("Account")) {
      accounts.put(account.id(), account);
    }
    return accounts;
  }

  static boolean covers(Row contract, LocalDate day) {
    LocalDate start = (LocalDate) contract.get("StartDate");
    LocalDate end = start.plusMonths((Integer) contract.get("ContractTerm"));
    return "Activated".equals(contract.get("Status")) && !day.isBefore(start) && day.isBefore(end);
  }

  static LocalDate endExclusive(Row contract) {
    return ((LocalDate) contract.get("StartDate")).plusMonths((Integer) contract.get("ContractTerm"));
  }
}
