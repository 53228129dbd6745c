package dev.bellwether.devorg.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The injector's decisions: seeded, reproducible, and drawn only for faults that are on. */
class FaultInjectorTest {
  @Test
  void theSameSeedAndSpecGiveTheSameRequestFaults() {
    FaultSpec spec = FaultSpec.parse("transient=0.3,reset=0.3");

    assertEquals(decisions(7, spec, 200), decisions(7, spec, 200));
  }

  @Test
  void sharedRatesProduceEveryOutcome() {
    Set<RequestFault> seen = EnumSet.noneOf(RequestFault.class);
    seen.addAll(decisions(7, FaultSpec.parse("transient=0.3,reset=0.3"), 200));

    assertEquals(EnumSet.of(RequestFault.NONE, RequestFault.CONNECTION_RESET, RequestFault.SERVER_UNAVAILABLE), seen);
  }

  @Test
  void aResetWinsOverAnOutageWhenBothAreCertain() {
    assertEquals(List.of(RequestFault.CONNECTION_RESET), decisions(1, FaultSpec.parse("reset=1,transient=1"), 1));
  }

  @Test
  void faultsThatAreOffDrawNothingSoTheOthersKeepTheirSequence() {
    List<RequestFault> alone = decisions(11, FaultSpec.parse("transient=0.5"), 100);
    List<RequestFault> withOffFaults = decisions(11,
        FaultSpec.parse("transient=0.5,reset=0,stall=0,bulk-fail=0,lock=0"), 100);

    assertEquals(alone, withOffFaults);
  }

  @Test
  void aRequestHeldByAStallIsLetGoAsServerStoppedWhenTheServerStops() throws Exception {
    FaultInjector f = new FaultInjector(5);
    f.setSpec(FaultSpec.parse("stall=1,stall-time=1h"));
    CompletableFuture<RequestFault> held = CompletableFuture.supplyAsync(f::onRequest);

    f.releaseHeldRequests();

    // A generous bound: without the release this would take an hour.
    assertEquals(RequestFault.SERVER_STOPPED, held.get(30, TimeUnit.SECONDS));
  }

  @Test
  void bulkFailOfOneFailsEveryJobAndZeroNone() {
    FaultInjector f = new FaultInjector(3);
    f.setSpec(FaultSpec.parse("bulk-fail=1"));
    assertTrue(f.bulkJobFailure());
    f.setSpec(FaultSpec.NONE);
    assertTrue(!f.bulkJobFailure());
  }

  private static List<RequestFault> decisions(long seed, FaultSpec spec, int n) {
    FaultInjector f = new FaultInjector(seed);
    f.setSpec(spec);
    List<RequestFault> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(f.onRequest());
    }
    return out;
  }
}
