package dev.bellwether.connector.salesforce.soql;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.salesforce.auth.SessionTokens;
import dev.bellwether.connector.salesforce.rest.RestTransport;
import dev.bellwether.connector.testing.PasswordGrantTokens;
import dev.bellwether.connector.testing.SharedDevOrg;
import dev.bellwether.connector.testing.SingleTryGuard;
import dev.bellwether.devorg.DevOrgOptions;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Test access to the Accounts of a devorg started empty for one test class (register it as a
 * static extension), over real REST: insert by name, run a SOQL query.
 */
final class DevOrgAccounts implements BeforeAllCallback, AfterAllCallback {
  private static final int COLLECTION_SIZE = 200;
  private final SharedDevOrg devorg = new SharedDevOrg(DevOrgOptions.builder().accounts(0));
  private RestTransport rest;

  @Override
  public void beforeAll(ExtensionContext context) {
    devorg.beforeAll(context);
    rest = new RestTransport(new SessionTokens(new PasswordGrantTokens(devorg.url())), "64.0",
        Duration.ofSeconds(5), Duration.ofSeconds(30), (used, limit) -> { }, new SingleTryGuard(),
        new ObjectMapper());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    rest.close();
    devorg.afterAll(context);
  }

  /** Inserts one Account with this Name and returns its id. */
  String insert(String name) throws CrmException {
    JsonNode created = rest.sendJson("create Account", "Account", "POST", rest.dataPath("sobjects/Account"),
        Map.of("Name", name));
    assertTrue(created.get("success").asBoolean(), () -> "insert failed for " + SoqlLiteral.quote(name));
    return created.get("id").asText();
  }

  /** Inserts Accounts with these Names through sObject collections; ids in input order. */
  List<String> insertAll(List<String> names) throws CrmException {
    List<String> ids = new ArrayList<>();
    for (int from = 0; from < names.size(); from += COLLECTION_SIZE) {
      List<Map<String, Object>> records = new ArrayList<>();
      for (String name : names.subList(from, Math.min(names.size(), from + COLLECTION_SIZE))) {
        records.add(Map.of("attributes", Map.of("type", "Account"), "Name", name));
      }
      JsonNode results = rest.sendJson("create Accounts", "Account", "POST", rest.dataPath("composite/sobjects"),
          Map.of("allOrNone", true, "records", records));
      for (int i = 0; i < results.size(); i++) {
        JsonNode r = results.get(i);
        String name = names.get(from + i);
        assertTrue(r.get("success").asBoolean(), () -> "insert failed for " + SoqlLiteral.quote(name) + ": " + r);
        ids.add(r.get("id").asText());
      }
    }
    return ids;
  }

  /** The records of one page of a query's answer. */
  JsonNode query(String soql) throws CrmException {
    // The SOQL is sent verbatim as the q parameter; only URL encoding is applied.
    String q = URLEncoder.encode(soql, StandardCharsets.UTF_8).replace("+", "%20");
    JsonNode page = rest.getJson("query", "Account", rest.dataPath("query?q=" + q));
    assertTrue(page.get("done").asBoolean(), "one page expected");
    return page.get("records");
  }
}
