package dev.bellwether.metrics.adoption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.metrics.Fixtures;
import dev.bellwether.metrics.period.ReportingPeriod;
import dev.bellwether.metrics.result.MetricValue;
import dev.bellwether.metrics.result.Ratio;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class FeatureAdoptionTest {

  private static final ReportingPeriod Q3 = ReportingPeriod.quarter(2025, 3);
  private static final List<String> KEY = List.of("reports", "dashboards", "alerts");
  private final FeatureAdoption adoption = new FeatureAdoption(Fixtures.ORG_ZONE, Set.copyOf(KEY));

  @Test
  void perAccountAndPerFeatureShares() {
    List<FeatureUse> uses =
        List.of(
            use("A", "reports", "2025-07-03T10:00"),
            use("A", "reports", "2025-08-03T10:00"),
            use("A", "dashboards", "2025-09-30T23:30"), // last evening of Q3 on the org's clock
            use("A", "export", "2025-08-01T10:00"), // not a key feature
            use("B", "alerts", "2025-07-20T10:00"),
            use("B", "reports", "2025-06-30T10:00"), // Q2
            use("C", "dashboards", "2025-10-01T00:30"), // Q4
            use("D", "reports", "2025-08-01T10:00")); // D is not active
    FeatureAdoptionSummary summary = adoption.of(Set.of("A", "B", "C"), uses, Q3);
    assertTrue(summary.ofAccount("A").value().isEqualTo(2, 3));
    assertTrue(summary.ofAccount("B").value().isEqualTo(1, 3));
    assertTrue(summary.ofAccount("C").value().isEqualTo(0, 3));
    assertFalse(summary.ofAccount("D").isDefined());
    assertTrue(summary.ofFeature("reports").value().isEqualTo(1, 3));
    assertTrue(summary.ofFeature("dashboards").value().isEqualTo(1, 3));
    assertTrue(summary.ofFeature("alerts").value().isEqualTo(1, 3));
    assertFalse(summary.ofFeature("export").isDefined());
    // Mean account adoption: (2 + 1 + 0) / (3 accounts x 3 features).
    assertTrue(summary.average().value().isEqualTo(3, 9));
    assertEquals(3, summary.byFeature().size());
  }

  @Test
  void noActiveAccountIsNotDefined() {
    FeatureAdoptionSummary empty = adoption.of(Set.of(), List.of(use("A", "reports", "2025-07-03T10:00")), Q3);
    assertEquals("no active account in the window", empty.ofFeature("reports").reason().orElseThrow());
    assertFalse(empty.average().isDefined());
  }

  @Property(tries = 200)
  void sharesStayInRangeAndTheAverageIsTheMeanOfAccounts(
      @ForAll @Size(max = 80) List<@IntRange(min = 0, max = 9999) Integer> raw,
      @ForAll @IntRange(min = 1, max = 15) int activeCount) {
    Set<String> active = new HashSet<>();
    for (int i = 0; i < activeCount; i++) {
      active.add("A" + i);
    }
    List<FeatureUse> uses = new ArrayList<>();
    for (int r : raw) {
      // Accounts A0..A19 (some inactive), features key or not, days across Q2–Q4.
      String feature = r % 5 < 3 ? KEY.get(r % 3) : "other" + (r % 5);
      Instant at = Q3.firstDay().minusDays(30).atStartOfDay(Fixtures.ORG_ZONE).toInstant().plusSeconds((r % 150) * 86_400L);
      uses.add(new FeatureUse("A" + (r / 5 % 20), feature, at));
    }
    FeatureAdoptionSummary s = adoption.of(active, uses, Q3);
    BigDecimal sumOfAccounts = BigDecimal.ZERO;
    long usedSum = 0;
    for (String account : active) {
      Ratio r = s.ofAccount(account).value();
      assertTrue(r.numerator().signum() >= 0 && r.numerator().compareTo(r.denominator()) <= 0);
      sumOfAccounts = sumOfAccounts.add(r.numerator());
      usedSum += r.numerator().longValue();
    }
    long usersSum = 0;
    for (MetricValue<Ratio> f : s.byFeature().values()) {
      Ratio r = f.value();
      assertTrue(r.numerator().compareTo(r.denominator()) <= 0);
      usersSum += r.numerator().longValue();
    }
    assertEquals(usedSum, usersSum);
    assertTrue(s.average().value().isEqualTo(sumOfAccounts.longValue(), (long) activeCount * KEY.size()));
  }

  private static FeatureUse use(String account, String feature, String local) {
    return new FeatureUse(account, feature, LocalDateTime.parse(local).atZone(Fixtures.ORG_ZONE).toInstant());
  }
}
