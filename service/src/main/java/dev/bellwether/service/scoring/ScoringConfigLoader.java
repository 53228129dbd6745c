package dev.bellwether.service.scoring;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.bellwether.metrics.renewal.ReminderWindows;
import dev.bellwether.yamlconfig.ClosestName;
import dev.bellwether.yamlconfig.KeyLines;
import dev.bellwether.yamlconfig.ProblemList;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads the optional {@code scoring:} section of bellwether.yaml: the org's time zone, currency,
 * language of the texts written into the CRM, renewal reminder windows, how often the churn model
 * is retrained and the signal windows. Keys left out keep {@link ScoringSettings#defaults}.
 *
 * <pre>
 * scoring:
 *   zone: Asia/Seoul
 *   currency: KRW
 *   language: ko
 *   reminderWindows: [90, 60, 30]
 *   retrainDays: 7
 *   usageWindowDays: 30
 *   expectedEventsPerSeat: 60
 * </pre>
 */
public final class ScoringConfigLoader {

  static final String SECTION = "scoring";
  private static final List<String> KEYS = List.of("zone", "currency", "language", "reminderWindows", "retrainDays",
      "usageWindowDays", "surveyWindowDays", "supportWindowDays", "agedCaseDays", "expectedEventsPerSeat",
      "historyMonths");

  private ScoringConfigLoader() {}

  /** What the section configures: the settings, and the language of CRM texts ({@code en} or {@code ko}). */
  public record ScoringConfig(ScoringSettings settings, String language) {

    /** Defaults in UTC, English texts. */
    public static ScoringConfig defaults() {
      return new ScoringConfig(ScoringSettings.defaults(ZoneId.of("UTC")), "en");
    }
  }

  /** The section of {@code text} ({@code name} stands for the file in messages); defaults without one. */
  public static ScoringConfig parse(String name, String text) throws ScoringConfigException {
    YAMLFactory yaml = new YAMLFactory();
    KeyLines lines;
    JsonNode root;
    try (JsonParser parser = yaml.createParser(text)) {
      lines = KeyLines.read(parser);
      root = new ObjectMapper(yaml).readTree(text);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
      throw new ScoringConfigException(List.of(name + ":" + line + ": " + e.getOriginalMessage()));
    } catch (IOException e) {
      throw new ScoringConfigException(List.of(name + ": cannot read (" + e.getMessage() + ")"));
    }
    if (root == null || !root.isObject() || !root.has(SECTION)) {
      return ScoringConfig.defaults();
    }
    ProblemList problems = new ProblemList(name, lines);
    JsonNode section = root.get(SECTION);
    if (!section.isObject()) {
      problems.add(SECTION, "must be a mapping of settings such as zone, reminderWindows");
      problems.throwIfAny(ScoringConfigException::new);
    }
    for (Iterator<String> keys = section.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!KEYS.contains(key)) {
        problems.add(SECTION + "." + key, "unknown key" + ClosestName.to(key, KEYS)
            .map(k -> "; did you mean '" + k + "'?").orElse("; known: " + String.join(", ", KEYS)));
      }
    }
    ScoringSettings d = ScoringSettings.defaults(ZoneId.of("UTC"));
    ZoneId zone = d.zone();
    if (section.has("zone")) {
      try {
        zone = ZoneId.of(section.get("zone").asText());
      } catch (DateTimeException e) {
        problems.add(SECTION + ".zone", "not a time zone: '" + section.get("zone").asText()
            + "' (use a region id such as Asia/Seoul or America/New_York)");
      }
    }
    String currency = d.currency();
    if (section.has("currency")) {
      currency = section.get("currency").asText();
      if (!currency.matches("[A-Z]{3}")) {
        problems.add(SECTION + ".currency", "must be an ISO 4217 code such as USD or KRW, was '" + currency + "'");
      }
    }
    String language = "en";
    if (section.has("language")) {
      language = section.get("language").asText();
      if (!language.equals("en") && !language.equals("ko")) {
        problems.add(SECTION + ".language", "must be en or ko, was '" + language + "'");
      }
    }
    ReminderWindows reminders = d.reminders();
    if (section.has("reminderWindows")) {
      JsonNode list = section.get("reminderWindows");
      List<Integer> days = new ArrayList<>();
      if (!list.isArray()) {
        problems.add(SECTION + ".reminderWindows", "must be a list of days before the renewal date, e.g. [120, 90, 60, 30]");
      } else {
        list.forEach(n -> days.add(n.canConvertToInt() && n.isIntegralNumber() ? n.intValue() : -1));
        try {
          reminders = new ReminderWindows(days);
        } catch (IllegalArgumentException e) {
          problems.add(SECTION + ".reminderWindows", e.getMessage());
        }
      }
    }
    int retrain = positive(section, "retrainDays", d.retrainDays(), problems);
    int usage = positive(section, "usageWindowDays", d.usageWindowDays(), problems);
    int survey = positive(section, "surveyWindowDays", d.surveyWindowDays(), problems);
    int support = positive(section, "supportWindowDays", d.supportWindowDays(), problems);
    int aged = positive(section, "agedCaseDays", d.agedCaseDays(), problems);
    int history = positive(section, "historyMonths", d.historyMonths(), problems);
    double expected = d.expectedEventsPerSeat();
    if (section.has("expectedEventsPerSeat")) {
      JsonNode n = section.get("expectedEventsPerSeat");
      if (!n.isNumber() || n.doubleValue() <= 0) {
        problems.add(SECTION + ".expectedEventsPerSeat", "must be a number above 0, was " + n);
      } else {
        expected = n.doubleValue();
      }
    }
    problems.throwIfAny(ScoringConfigException::new);
    return new ScoringConfig(new ScoringSettings(zone, currency, usage, expected, survey, support, aged,
        Map.copyOf(d.resolutionTargetHours()), d.championWindowDays(), d.valueEvent(), d.onboardingCompletedEvent(),
        d.featureLookbackDays(), history, reminders, d.lastScoredRefreshDays(), retrain), language);
  }

  private static int positive(JsonNode section, String key, int fallback, ProblemList problems) {
    if (!section.has(key)) {
      return fallback;
    }
    JsonNode n = section.get(key);
    if (!n.isIntegralNumber() || n.intValue() <= 0) {
      problems.add(SECTION + "." + key, "must be a whole number above 0, was " + n);
      return fallback;
    }
    return n.intValue();
  }
}
