package dev.bellwether.connector.salesforce.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The keys the {@code salesforce:} section may hold, and the check that refuses any other with a
 * "did you mean" when a known key is close (a typo must not silently fall back to a default).
 */
final class ConfigKeys {
  static final String ROOT = "salesforce";
  private static final Map<String, List<String>> KNOWN = known();

  private ConfigKeys() {
  }

  private static Map<String, List<String>> known() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put(ROOT, List.of("loginUrl", "instanceUrl", "apiVersion", "namespace", "auth", "budget", "retry",
        "timeouts", "bulkThreshold", "describeTtl"));
    m.put(ROOT + ".auth", List.of("method", "clientId", "clientSecret", "username", "password", "privateKey",
        "refreshToken"));
    m.put(ROOT + ".budget", List.of("share", "maxConcurrent"));
    m.put(ROOT + ".retry", List.of("maxAttempts", "initialBackoff", "maxBackoff", "jitter", "limitBackoff"));
    m.put(ROOT + ".timeouts", List.of("connect", "read"));
    return Collections.unmodifiableMap(m);
  }

  /** Reports every key under a known mapping that is not one of its known keys. */
  static void checkUnknown(YamlValues values, ConfigProblems problems) {
    KNOWN.forEach((section, keys) -> {
      JsonNode node = values.node(section);
      if (node == null || !node.isObject()) {
        return;
      }
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!keys.contains(name)) {
          problems.add(section + "." + name, suggestion(name, keys)
              .map(s -> "unknown key; did you mean '" + s + "'?")
              .orElse("unknown key (known here: " + String.join(", ", keys) + ")"));
        }
      }
    });
  }

  /** The known key closest to {@code name}, when close enough to be a likely typo. */
  static Optional<String> suggestion(String name, List<String> known) {
    String wanted = normalise(name);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(wanted, normalise(k));
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    int allowed = Math.max(1, Math.min(3, wanted.length() / 4));
    return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /** Case, '-' and '_' do not count: "login_url" and "loginURL" both mean loginUrl. */
  private static String normalise(String s) {
    return s.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
  }

  /** Levenshtein distance. */
  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
