package dev.bellwether.service.reliability;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How far a {@code sync --once} process has come, from the plain progress lines it prints when no
 * terminal is attached: "Contact: syncing", "Contact: page 2, ...", the summary line per object
 * ("Contact   first load   3616 records ...") or "Contact: FAILED: ...". Updated by the thread
 * reading the process's output, read by the harness.
 */
final class RunPosition {
  private static final Pattern SYNCING = Pattern.compile("^(\\S+): syncing$");
  private static final Pattern PAGE = Pattern.compile("^(\\S+): page (\\d+), ");
  private static final Pattern SUMMARY = Pattern.compile("^(\\S+)\\s+(first load|incremental)\\s+\\d+ records");
  private static final Pattern FAILED = Pattern.compile("^(\\S+): FAILED: ");

  private final Set<String> started = new HashSet<>();
  private final Set<String> finished = new HashSet<>();
  private final Map<String, Integer> pages = new HashMap<>();
  private int lines;
  private String current;
  private String lastLine;

  synchronized void line(String line) {
    lines++;
    lastLine = line;
    Matcher m;
    if ((m = SYNCING.matcher(line)).find()) {
      current = m.group(1);
      started.add(current);
    } else if ((m = PAGE.matcher(line)).find()) {
      pages.put(m.group(1), Integer.parseInt(m.group(2)));
    } else if ((m = SUMMARY.matcher(line)).find() || (m = FAILED.matcher(line)).find()) {
      finished.add(m.group(1));
    }
  }

  synchronized boolean started(String object) {
    return started.contains(object);
  }

  synchronized boolean finished(String object) {
    return finished.contains(object);
  }

  synchronized int pages(String object) {
    return pages.getOrDefault(object, 0);
  }

  synchronized int lines() {
    return lines;
  }

  /** Where the run stands, for the log: the object in progress and its pages, or the last line. */
  synchronized String describe() {
    if (lines == 0) {
      return "start-up (no output yet)";
    }
    if (current == null) {
      return "before the first object (after: " + lastLine + ")";
    }
    if (!finished.contains(current)) {
      return current + " with " + pages(current) + " pages applied";
    }
    return "after " + current + " ended (last line: " + lastLine + ")";
  }

  /** The object being synced when the process stopped, or null before the first or after the last ended. */
  synchronized String objectInProgress() {
    return current != null && !finished.contains(current) ? current : null;
  }
}
