package dev.bellwether.service.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** CS_NPS__c: the account's NPS over the survey window, rounded to a whole number; blank without answers. */
class AccountNpsTest {

  @Test
  void promotersMinusDetractorsRoundedAndBlankWithoutAnswers() {
    assertEquals(25, ScoringJob.nps(List.of(10, 9, 7, 0)), "2 promoters, 1 detractor of 4: 50% - 25%");
    assertEquals(-67, ScoringJob.nps(List.of(8, 6, 2)), "1 passive, 2 detractors of 3: 0% - 66.7%");
    assertEquals(100, ScoringJob.nps(List.of(9)));
    assertNull(ScoringJob.nps(List.of()));
  }
}
