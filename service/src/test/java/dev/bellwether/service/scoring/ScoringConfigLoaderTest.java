package dev.bellwether.service.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scoring: section of bellwether.yaml: values, defaults, and every problem with its line. */
class ScoringConfigLoaderTest {

  @Test
  void aFileWithoutTheSectionScoresWithTheDefaults() throws Exception {
    ScoringConfigLoader.ScoringConfig config = ScoringConfigLoader.parse("b.yaml", "mappings: {}\n");
    assertEquals(ScoringSettings.defaults(ZoneId.of("UTC")), config.settings());
    assertEquals("en", config.language());
  }

  @Test
  void givenKeysReplaceTheDefaultsAndTheRestStay() throws Exception {
    ScoringConfigLoader.ScoringConfig config = ScoringConfigLoader.parse("b.yaml", """
        scoring:
          zone: Asia/Seoul
          currency: KRW
          language: ko
          reminderWindows: [90, 30]
          retrainDays: 14
        """);
    assertEquals(ZoneId.of("Asia/Seoul"), config.settings().zone());
    assertEquals("KRW", config.settings().currency());
    assertEquals("ko", config.language());
    assertEquals(List.of(90, 30), config.settings().reminders().daysBefore());
    assertEquals(14, config.settings().retrainDays());
    assertEquals(30, config.settings().usageWindowDays(), "not given, so the default");
  }

  @Test
  void everyProblemIsReportedWithFileLineAndKey() {
    ScoringConfigException e = assertThrows(ScoringConfigException.class, () -> ScoringConfigLoader.parse("b.yaml", """
        scoring:
          zone: Mars/Olympus
          language: fr
          reminderWindows: [90, 90]
          retrainDays: 0
          reminderWindow: [30]
        """));
    String all = String.join("\n", e.problems());
    assertEquals(5, e.problems().size(), all);
    assertTrue(all.contains("b.yaml:2: scoring.zone: not a time zone: 'Mars/Olympus'"), all);
    assertTrue(all.contains("b.yaml:3: scoring.language: must be en or ko, was 'fr'"), all);
    assertTrue(all.contains("b.yaml:4: scoring.reminderWindows:"), all);
    assertTrue(all.contains("b.yaml:5: scoring.retrainDays: must be a whole number above 0"), all);
    assertTrue(all.contains("b.yaml:6: scoring.reminderWindow: unknown key; did you mean 'reminderWindows'?"), all);
  }
}
