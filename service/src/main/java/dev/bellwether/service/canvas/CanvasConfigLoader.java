package dev.bellwether.service.canvas;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.bellwether.connector.salesforce.config.SecretRef;
import dev.bellwether.yamlconfig.ClosestName;
import dev.bellwether.yamlconfig.KeyLines;
import dev.bellwether.yamlconfig.ProblemList;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the optional {@code canvas:} section of bellwether.yaml. Without it no org is registered and
 * every signed request is refused. Secrets are references ({@code env:NAME}, {@code file:PATH}),
 * never literals.
 *
 * <pre>
 * canvas:
 *   maxAge: 15m            # how old a signed request may be
 *   clockSkew: 1m          # how far ahead of our clock issuedAt may be
 *   sessionTtl: 2h         # how long a panel session lasts
 *   sessionKey: env:BELLWETHER_PANEL_KEY   # shared by every instance; random per process if absent
 *   orgs:
 *     - orgId: 00D5g000004XyZaEAK
 *       consumerSecret: env:BELLWETHER_CANVAS_SECRET
 *       frameAncestors: [https://acme.lightning.force.com]
 * </pre>
 */
public final class CanvasConfigLoader {
  static final String SECTION = "canvas";
  private static final List<String> KEYS = List.of("maxAge", "clockSkew", "sessionTtl", "sessionKey", "orgs");
  private static final List<String> ORG_KEYS = List.of("orgId", "consumerSecret", "frameAncestors");
  private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");

  private CanvasConfigLoader() {}

  /** The section of {@code text} ({@code name} stands for the file in messages); no orgs without one. */
  public static CanvasSettings parse(String name, String text) throws CanvasConfigException {
    YAMLFactory yaml = new YAMLFactory();
    KeyLines lines;
    JsonNode root;
    try (JsonParser parser = yaml.createParser(text)) {
      lines = KeyLines.read(parser);
      root = new ObjectMapper(yaml).readTree(text);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
      throw new CanvasConfigException(List.of(name + ":" + line + ": " + e.getOriginalMessage()));
    } catch (IOException e) {
      throw new CanvasConfigException(List.of(name + ": cannot read (" + e.getMessage() + ")"));
    }
    if (root == null || !root.isObject() || !root.has(SECTION)) {
      return CanvasSettings.of(List.of());
    }
    ProblemList problems = new ProblemList(name, lines);
    JsonNode section = root.get(SECTION);
    if (!section.isObject()) {
      problems.add(SECTION, "must be a mapping with orgs, maxAge, sessionKey ...");
      problems.throwIfAny(CanvasConfigException::new);
    }
    unknownKeys(section, SECTION, KEYS, problems);
    Duration maxAge = duration(section, "maxAge", CanvasSettings.DEFAULT_MAX_AGE, problems);
    Duration skew = duration(section, "clockSkew", CanvasSettings.DEFAULT_CLOCK_SKEW, problems);
    Duration ttl = duration(section, "sessionTtl", CanvasSettings.DEFAULT_SESSION_TTL, problems);
    Optional<SecretRef> sessionKey = Optional.empty();
    if (section.has("sessionKey")) {
      sessionKey = secret(section.get("sessionKey"), SECTION + ".sessionKey", problems);
    }
    List<CanvasOrg> orgs = new ArrayList<>();
    JsonNode list = section.get("orgs");
    if (list != null && !list.isArray()) {
      problems.add(SECTION + ".orgs", "must be a list of {orgId, consumerSecret, frameAncestors}");
    } else if (list != null) {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < list.size(); i++) {
        org(list.get(i), SECTION + ".orgs[" + i + "]", problems).ifPresent(o -> {
          if (!seen.add(OrgKey.of(o.orgId()))) {
            problems.add(SECTION + ".orgs", "org " + o.orgId() + " is listed twice");
          }
          orgs.add(o);
        });
      }
    }
    problems.throwIfAny(CanvasConfigException::new);
    return new CanvasSettings(maxAge, skew, ttl, sessionKey, orgs);
  }

  private static Optional<CanvasOrg> org(JsonNode node, String path, ProblemList problems) {
    if (node == null || !node.isObject()) {
      problems.add(path, "must be a mapping with orgId and consumerSecret");
      return Optional.empty();
    }
    unknownKeys(node, path, ORG_KEYS, problems);
    String orgId = node.path("orgId").asText("");
    if (!OrgKey.valid(orgId)) {
      problems.add(path + ".orgId", "must be an org id of 15 or 18 letters and digits starting 00D, was '"
          + orgId + "'");
    }
    Optional<SecretRef> secret = node.has("consumerSecret")
        ? secret(node.get("consumerSecret"), path + ".consumerSecret", problems) : Optional.empty();
    if (!node.has("consumerSecret")) {
      problems.add(path, "consumerSecret is missing: the Canvas connected app's consumer secret as env:NAME or"
          + " file:PATH");
    }
    List<String> ancestors = new ArrayList<>();
    JsonNode extra = node.get("frameAncestors");
    if (extra != null) {
      if (!extra.isArray()) {
        problems.add(path + ".frameAncestors", "must be a list of origins such as https://acme.lightning.force.com");
      } else {
        for (JsonNode a : extra) {
          Optional<String> origin = Origins.of(a.asText());
          if (origin.isEmpty() || !origin.get().equals(a.asText().replaceAll("/+$", ""))) {
            problems.add(path + ".frameAncestors", "'" + a.asText() + "' is not an origin like https://host[:port]");
          } else {
            ancestors.add(origin.get());
          }
        }
      }
    }
    if (!OrgKey.valid(orgId) || secret.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CanvasOrg(orgId, secret.get(), ancestors));
  }

  private static Optional<SecretRef> secret(JsonNode node, String path, ProblemList problems) {
    try {
      return Optional.of(SecretRef.parse(node.isTextual() ? node.asText() : null));
    } catch (IllegalArgumentException e) {
      problems.add(path, e.getMessage());
      return Optional.empty();
    }
  }

  private static Duration duration(JsonNode section, String key, Duration fallback, ProblemList problems) {
    if (!section.has(key)) {
      return fallback;
    }
    Matcher m = DURATION.matcher(section.get(key).asText());
    if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
      problems.add(SECTION + "." + key, "must be a duration above 0 such as 90s, 15m or 2h, was '"
          + section.get(key).asText() + "'");
      return fallback;
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "ms" -> Duration.ofMillis(n);
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      default -> Duration.ofHours(n);
    };
  }

  private static void unknownKeys(JsonNode node, String path, List<String> known, ProblemList problems) {
    for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!known.contains(key)) {
        problems.add(path + "." + key, "unknown key" + ClosestName.to(key, known)
            .map(k -> "; did you mean '" + k + "'?").orElse("; known: " + String.join(", ", known)));
      }
    }
  }
}
