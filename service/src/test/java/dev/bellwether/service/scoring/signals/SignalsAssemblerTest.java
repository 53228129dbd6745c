package dev.bellwether.service.scoring.signals;

import static dev.bellwether.service.scoring.Books.account;
import static dev.bellwether.service.scoring.Books.book;
import static dev.bellwether.service.scoring.Books.contract;
import static dev.bellwether.service.scoring.Books.won;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.metrics.health.AccountSignals;
import dev.bellwether.service.scoring.ScoringSettings;
import dev.bellwether.service.scoring.book.CaseRow;
import dev.bellwether.service.scoring.book.ContactRow;
import dev.bellwether.service.scoring.book.CrmBook;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each account's signals on a day: case windows, champions, engagement, onboarding, usage expectation. */
class SignalsAssemblerTest {

  private static final LocalDate AS_OF = LocalDate.parse("2026-06-15");
  private static final Instant AT = AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant();

  @Test
  void signalsOfOneAccountAsOfADay() throws Exception {
    CrmBook book = book(List.of(account("A")), List.of(contract("C1", "A", "2026-01-10", "2027-01-09")),
        List.of(won("O1", "A", "C1", "New Business", "2026-01-05", 12_000)),
        Map.of("A", List.of(
            // opened 100 days ago and still open: aged, outside the 90-day window
            new CaseRow(AT.minus(Duration.ofDays(100)), null, "Low"),
            // opened 10 days ago, still open, High: aged (over 14 days? no), breach (over 72 h)
            new CaseRow(AT.minus(Duration.ofDays(10)), null, "High"),
            // opened 5 days ago, closed within an hour: no breach
            new CaseRow(AT.minus(Duration.ofDays(5)), AT.minus(Duration.ofDays(5)).plusSeconds(3600), "High"),
            // opened after the day scored: not counted
            new CaseRow(AT.plus(Duration.ofDays(1)), null, "High"))),
        Map.of("A", List.of(AS_OF.minusDays(40), AS_OF.minusDays(3), AS_OF.plusDays(5))),
        Map.of("A", List.of(new ContactRow("003A", "A", "VP of Sales", null),
            new ContactRow("003B", "A", "Director of Revenue Operations", AT.minus(Duration.ofDays(10))),
            new ContactRow("003C", "A", "CTO", AT.minus(Duration.ofDays(200))))));
    SignalSource source = new SignalSource() {
      @Override
      public Map<String, Usage> usage(String orgId, LocalDate from, LocalDate to) {
        assertEquals(AS_OF.minusDays(30), from);
        assertEquals(AS_OF, to);
        return Map.of("A", new Usage(900, Set.of("reports", "api"), OptionalLong.of(7), OptionalLong.of(10)));
      }

      @Override
      public Optional<LocalDate> firstUsageDay(String orgId) {
        return Optional.of(AS_OF.minusDays(365));
      }

      @Override
      public Map<String, Map<String, LocalDate>> milestones(String orgId) {
        return Map.of("A", Map.of("first_report_shared", LocalDate.parse("2026-02-01"),
            "onboarding_completed", LocalDate.parse("2026-07-01")));
      }

      @Override
      public Map<String, Surveys> surveys(String orgId, LocalDate from, LocalDate to) {
        return Map.of("A", new Surveys(List.of(10, 0), List.of(5)));
      }

      @Override
      public Map<String, Invoices> invoices(String orgId, LocalDate asOf) {
        return Map.of("A", new Invoices(4, 1, OptionalInt.of(12)));
      }
    };
    AccountSignals s = new SignalsAssembler(source, ScoringSettings.defaults(ZoneOffset.UTC), Set.of("reports",
        "dashboards")).assemble("org", book, AS_OF).get("A");

    assertEquals(new AccountSignals.Support(2, 1, 1, 1), s.support().orElseThrow());
    assertEquals(new AccountSignals.Champions(2, 1), s.champions().orElseThrow(), "the one gone 200 days ago is history");
    assertEquals(Optional.of(AS_OF.minusDays(3)), s.lastEngagement(), "a task planned later is not engagement");
    assertEquals(OptionalLong.of(900), s.usageEvents());
    assertEquals(600.0, s.expectedUsage().getAsDouble(), 1e-9, "10 seats x 60 events");
    assertEquals(Set.of("reports", "dashboards"), s.keyFeatures());
    assertEquals(LocalDate.parse("2026-01-10"), s.onboarding().orElseThrow().customerSince());
    assertTrue(s.onboarding().orElseThrow().completedOn().isEmpty(), "completed after the day scored");
    assertEquals(Optional.of(LocalDate.parse("2026-02-01")), s.onboarding().orElseThrow().firstValueOn());
    assertEquals(new AccountSignals.Invoices(4, 1, OptionalInt.of(12)), s.invoices().orElseThrow());
    assertEquals(List.of(10, 0), s.npsScores());
  }
}
