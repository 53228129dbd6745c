package dev.bellwether.sync.inbound;

import java.util.List;
import java.util.Optional;

/**
 * One pass of inbound sync over every mapped object of an org.
 *
 * @param runs the objects that ran, in mapping order
 * @param failures the objects that failed, in mapping order
 * @param apiCalls CRM API calls the whole pass spent, the CRM clock read included
 */
public record InboundRound(List<InboundRun> runs, List<ObjectFailure> failures, long apiCalls) {

  public InboundRound {
    runs = List.copyOf(runs);
    failures = List.copyOf(failures);
  }

  public Optional<InboundRun> run(String object) {
    return runs.stream().filter(r -> r.object().equalsIgnoreCase(object)).findFirst();
  }
}
