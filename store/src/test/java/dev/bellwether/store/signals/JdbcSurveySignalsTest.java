package dev.bellwether.store.signals;

import static dev.bellwether.store.signals.SignalRows.answer;
import static dev.bellwether.store.signals.SignalRows.count;
import static dev.bellwether.store.signals.SignalRows.day;
import static dev.bellwether.store.signals.SignalRows.writeSurveys;
import static dev.bellwether.store.signals.SurveyType.CSAT;
import static dev.bellwether.store.signals.SurveyType.NPS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bellwether.store.Store;
import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

class JdbcSurveySignalsTest {

  private static final String ORG = "00Dorg1";

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void anAnswerSentTwiceIsStoredOnce(TestDatabase db) throws Exception {
    Store store = db.store();
    List<SurveyAnswer> answers = List.of(answer("s1", "A", NPS, 9, "2024-03-01T10:00:00Z"),
        answer("s2", "A", CSAT, 4, "2024-03-02T10:00:00Z"));
    assertEquals(new WriteCounts(2, 0, 0), writeSurveys(store, ORG, answers));
    assertEquals(new WriteCounts(0, 0, 2), writeSurveys(store, ORG, answers));
    assertEquals(2, count(store, "signal_survey", ORG));
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void surveysByAccountCountsTheAnswersOfTheWindow(TestDatabase db) throws Exception {
    Store store = db.store();
    writeSurveys(store, ORG, List.of(
        answer("n0", "A", NPS, 0, "2024-02-29T23:59:59Z"),   // the day before the window
        answer("n1", "A", NPS, 10, "2024-03-01T00:00:00Z"),  // the window's first instant
        answer("n2", "A", NPS, 9, "2024-03-10T08:00:00Z"),
        answer("n3", "A", NPS, 7, "2024-03-11T08:00:00Z"),
        answer("n4", "A", NPS, 3, "2024-03-30T23:59:59Z"),   // the window's last second
        answer("n5", "A", NPS, 10, "2024-03-31T00:00:00Z"),  // the scoring day: out
        answer("c1", "A", CSAT, 5, "2024-03-05T08:00:00Z"),
        answer("c2", "A", CSAT, 4, "2024-03-06T08:00:00Z"),
        answer("c3", "A", CSAT, 2, "2024-03-07T08:00:00Z"),
        answer("c4", "B", CSAT, 1, "2024-03-07T08:00:00Z")));

    Map<String, SurveyAggregate> byAccount = new HashMap<>();
    store.signals().surveys().surveysByAccount(ORG, DateWindow.before(day("2024-03-31"), 30),
        s -> byAccount.put(s.accountId(), s));

    SurveyAggregate a = byAccount.get("A");
    // NPS 10, 9, 7, 3: 2 promoters, 1 passive, 1 detractor -> 50% - 25% = 25. CSAT 5, 4, 2: 2 of 3.
    assertEquals(new SurveyAggregate("A", 4, 2, 1, 29, 3, 2, 11, Instant.parse("2024-03-30T23:59:59Z")), a);
    assertEquals(1, a.npsPassives());
    assertEquals(25.0, a.nps().orElseThrow(), 1e-9);
    assertEquals(2.0 / 3, a.csat().orElseThrow(), 1e-9);
    SurveyAggregate b = byAccount.get("B");
    assertEquals(0.0, b.csat().orElseThrow(), 1e-9);
    assertEquals(true, b.nps().isEmpty());
    assertEquals(2, byAccount.size());
  }

  @Test
  void aScoreOutsideTheSurveysRangeIsNotAnAnswer() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> answer("s", "A", CSAT, 0, "2024-03-01T10:00:00Z"));
    assertEquals("score 0 is outside 1-5 for a csat answer", e.getMessage());
  }
}
