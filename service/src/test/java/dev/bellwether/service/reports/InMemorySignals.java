package dev.bellwether.service.reports;

import dev.bellwether.service.scoring.signals.SignalSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/** Signals kept in lists, answering the aggregates as the store's source does, for tests. */
final class InMemorySignals implements SignalSource {
  private record Answer(String account, LocalDate day, boolean nps, int score) {}

  private record Use(String account, LocalDate day, String feature) {}

  private final List<Answer> answers = new ArrayList<>();
  private final List<Use> uses = new ArrayList<>();
  private final Map<String, Map<String, LocalDate>> milestones = new HashMap<>();
  /** Every survey window asked for, to check what the assembler reads. */
  final List<LocalDate[]> surveyWindows = new ArrayList<>();

  InMemorySignals nps(String account, LocalDate day, int... scores) {
    for (int score : scores) {
      answers.add(new Answer(account, day, true, score));
    }
    return this;
  }

  InMemorySignals csat(String account, LocalDate day, int... scores) {
    for (int score : scores) {
      answers.add(new Answer(account, day, false, score));
    }
    return this;
  }

  InMemorySignals used(String account, LocalDate day, String... features) {
    for (String feature : features) {
      uses.add(new Use(account, day, feature));
    }
    return this;
  }

  InMemorySignals milestone(String account, String event, LocalDate day) {
    milestones.computeIfAbsent(account, k -> new HashMap<>()).put(event, day);
    return this;
  }

  @Override
  public Map<String, Usage> usage(String orgId, LocalDate from, LocalDate to) {
    Map<String, List<Use>> byAccount = new HashMap<>();
    uses.stream().filter(u -> within(u.day(), from, to))
        .forEach(u -> byAccount.computeIfAbsent(u.account(), k -> new ArrayList<>()).add(u));
    Map<String, Usage> out = new HashMap<>();
    byAccount.forEach((account, list) -> {
      Set<String> features = new HashSet<>();
      list.forEach(u -> features.add(u.feature()));
      out.put(account, new Usage(list.size(), features, OptionalLong.empty(), OptionalLong.empty()));
    });
    return out;
  }

  @Override
  public java.util.Optional<LocalDate> firstUsageDay(String orgId) {
    return java.util.Optional.empty();
  }

  @Override
  public Map<String, Map<String, LocalDate>> milestones(String orgId) {
    return milestones;
  }

  @Override
  public Map<String, Surveys> surveys(String orgId, LocalDate from, LocalDate to) {
    surveyWindows.add(new LocalDate[] {from, to});
    Map<String, Surveys> out = new HashMap<>();
    for (Answer a : answers) {
      if (within(a.day(), from, to)) {
        Surveys s = out.computeIfAbsent(a.account(), k -> new Surveys(new ArrayList<>(), new ArrayList<>()));
        (a.nps() ? s.nps() : s.csat()).add(a.score());
      }
    }
    return out;
  }

  @Override
  public Map<String, Invoices> invoices(String orgId, LocalDate asOf) {
    return Map.of();
  }

  private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
    return !day.isBefore(from) && day.isBefore(to);
  }
}
