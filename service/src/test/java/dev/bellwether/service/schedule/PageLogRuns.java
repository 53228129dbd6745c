package dev.bellwether.service.schedule;

import dev.bellwether.store.PageLogEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * One object's page log read back as runs, and the checks that prove each page was applied once:
 * a run's pages are 1..n each once and never interleave with another run's, the first loads
 * precede the polls, and each poll's window starts where the previous one ended (less the overlap).
 */
final class PageLogRuns {

  /** The pages of one run, in the order applied. */
  record Run(String runId, String mode, String instance, List<PageLogEntry> pages) {

    long records() {
      return pages.stream().mapToLong(PageLogEntry::records).sum();
    }

    Instant from() {
      return pages.get(0).windowFrom();
    }

    Instant to() {
      return pages.get(0).windowTo();
    }

    boolean firstLoad() {
      return mode.equals("FIRST_LOAD");
    }

    @Override
    public String toString() {
      return mode + " " + runId.substring(0, 8) + " by " + instance + ": " + pages.size() + " pages, " + records()
          + " records" + (firstLoad() ? "" : ", window " + from() + " .. " + to());
    }
  }

  private final String object;
  private final List<Run> runs;
  private final List<String> problems = new ArrayList<>();

  PageLogRuns(String object, List<PageLogEntry> entries) {
    this.object = object;
    Map<String, List<PageLogEntry>> byRun = new LinkedHashMap<>();
    String previous = null;
    for (PageLogEntry e : entries) {
      if (!e.runId().equals(previous) && byRun.containsKey(e.runId())) {
        problems.add("pages of run " + e.runId() + " interleave with another run's: two runs overlapped");
      }
      byRun.computeIfAbsent(e.runId(), id -> new ArrayList<>()).add(e);
      previous = e.runId();
    }
    this.runs = byRun.values().stream()
        .map(p -> new Run(p.get(0).runId(), p.get(0).mode(), p.get(0).instanceId(), p)).toList();
    for (Run run : runs) {
      List<Integer> numbers = run.pages().stream().map(PageLogEntry::page).toList();
      if (!numbers.equals(IntStream.rangeClosed(1, numbers.size()).boxed().toList())) {
        problems.add(run + ": pages " + numbers + " are not 1..n each once");
      }
      if (run.pages().stream().anyMatch(p -> !p.instanceId().equals(run.instance()) || !p.mode().equals(run.mode()))) {
        problems.add(run + ": pages of one run from several instances or modes");
      }
    }
  }

  List<Run> runs() {
    return runs;
  }

  List<Run> firstLoads() {
    return runs.stream().filter(Run::firstLoad).toList();
  }

  List<Run> polls() {
    return runs.stream().filter(r -> !r.firstLoad()).toList();
  }

  /**
   * Problems found, empty when the log proves every page applied once.
   *
   * @param killed the instance killed mid-run: only it may leave a run unfinished, which the next
   *     run then repeats (a first load from page 1, a poll with the same window)
   * @param overlap how far each poll reaches back before the previous one's end
   */
  List<String> problems(String killed, Duration overlap) {
    List<String> found = new ArrayList<>(problems);
    List<Run> loads = firstLoads();
    if (loads.isEmpty()) {
      found.add("no first load");
      return found;
    }
    int lastLoad = runs.indexOf(loads.get(loads.size() - 1));
    if (runs.subList(0, lastLoad).stream().anyMatch(r -> !r.firstLoad())) {
      found.add("a poll ran before the first load completed");
    }
    for (Run unfinished : loads.subList(0, loads.size() - 1)) {
      if (!unfinished.instance().equals(killed)) {
        found.add("first load left unfinished by " + unfinished.instance() + ", which was not killed: " + unfinished);
      }
    }
    List<Run> polls = polls();
    for (int i = 1; i < polls.size(); i++) {
      Run before = polls.get(i - 1);
      Run after = polls.get(i);
      if (after.from().equals(before.from()) && before.instance().equals(killed)) {
        continue; // the killed instance's poll never moved the watermark; this one repeats its window
      }
      Instant expectedFrom = (before.to().isAfter(before.from().plus(overlap)) ? before.to()
          : before.from().plus(overlap)).minus(overlap);
      if (!after.from().equals(expectedFrom) || !after.to().isAfter(before.to())) {
        found.add("poll windows do not chain: " + before + " then " + after);
      }
    }
    return found.stream().map(p -> object + ": " + p).toList();
  }
}
