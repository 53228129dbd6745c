package dev.bellwether.metrics.churn;

import static dev.bellwether.metrics.Fixtures.date;
import static dev.bellwether.metrics.Fixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bellwether.metrics.period.ReportingPeriod;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissingChurnReasonsTest {
  private static final ChurnReason PRICE = ChurnReasonCode.PRICE.reason();

  private final List<ChurnedAccount> churned = List.of(
      new ChurnedAccount("A1", "ana", date("2025-08-20"), usd(5_000)),
      new ChurnedAccount("A2", "ana", date("2025-07-03"), usd(1_000)),
      new ChurnedAccount("A3", "ben", date("2025-09-30"), usd(9_000)),
      new ChurnedAccount("A4", " ", date("2025-07-15"), usd(2_000)),
      new ChurnedAccount("A5", "ben", date("2025-10-01"), usd(8_000)),
      new ChurnedAccount("A6", "cy", date("2025-08-01"), usd(3_000)));

  private final List<ChurnRecord> recorded = List.of(
      ChurnRecord.of("A3", "SMB", "ben", PRICE, usd(9_000), date("2025-09-30")),
      // A reason recorded for an earlier churn of A6 does not explain this one.
      ChurnRecord.of("A6", "SMB", "cy", PRICE, usd(3_000), date("2024-02-01")));

  @Test
  void churnedAccountsWithoutAReasonInTheRangeAreListedByOwner() {
    MissingChurnReasons missing = MissingChurnReasons.of(churned, recorded, ReportingPeriod.quarter(2025, 3));
    assertEquals(List.of("(unassigned)", "ana", "cy"), List.copyOf(missing.byOwner().keySet()));
    assertEquals(List.of("A2", "A1"), missing.forOwner("ana").stream().map(ChurnedAccount::accountId).toList(),
        "oldest churn first");
    assertEquals(List.of("A4"), missing.forOwner("(unassigned)").stream().map(ChurnedAccount::accountId).toList());
    assertEquals(List.of(), missing.forOwner("ben"), "A3 has its reason; A5 churned after the range");
    assertEquals(4, missing.total());
  }

  @Test
  void aBackwardRangeIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> MissingChurnReasons.of(churned, recorded, date("2025-09-30"), date("2025-07-01")));
  }
}
