package dev.bellwether.sync.inbound;

import dev.bellwether.connector.TimeWindow;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Counts of one run as it goes; confined to the thread running it. */
final class RunTally {
  final String runId = UUID.randomUUID().toString();
  InboundMode mode = InboundMode.FIRST_LOAD;
  TimeWindow window;
  String readPath = "";
  long read;
  long applied;
  long deleted;
  int pages;
  boolean reconciled;
  /** Whether the run read the CRM's deletion feed (polls do so only periodically). */
  boolean swept;
  final List<String> missingFields = new ArrayList<>();
}
