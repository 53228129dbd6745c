package dev.bellwether.sync.inbound;

import java.util.ArrayList;
import java.util.List;

/** Counts of one run as it goes; confined to the thread running it. */
final class RunTally {
  String readPath = "";
  long read;
  long applied;
  long deleted;
  int pages;
  boolean reconciled;
  final List<String> missingFields = new ArrayList<>();
}
