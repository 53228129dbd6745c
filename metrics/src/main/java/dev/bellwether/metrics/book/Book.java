package dev.bellwether.metrics.book;

import dev.bellwether.metrics.account.AccountProfile;
import dev.bellwether.metrics.adoption.FeatureUse;
import dev.bellwether.metrics.adoption.OnboardingMilestone;
import dev.bellwether.metrics.adoption.ValueEvent;
import dev.bellwether.metrics.renewal.Renewal;
import dev.bellwether.metrics.revenue.Contract;
import dev.bellwether.metrics.sentiment.SurveyAnswer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A book of business as plain records: everything the period metrics read. The store side fills
 * it; every list may be empty.
 */
public record Book(
    List<AccountProfile> profiles,
    List<Contract> contracts,
    List<Renewal> renewals,
    List<SurveyAnswer> surveyAnswers,
    List<ValueEvent> valueEvents,
    List<OnboardingMilestone> onboardingMilestones,
    List<FeatureUse> featureUses) {

  public Book {
    profiles = List.copyOf(profiles);
    contracts = List.copyOf(contracts);
    renewals = List.copyOf(renewals);
    surveyAnswers = List.copyOf(surveyAnswers);
    valueEvents = List.copyOf(valueEvents);
    onboardingMilestones = List.copyOf(onboardingMilestones);
    featureUses = List.copyOf(featureUses);
  }

  /** A book of profiles and contracts only. */
  public static Book ofContracts(List<AccountProfile> profiles, List<Contract> contracts) {
    return new Book(profiles, contracts, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  public Book withRenewals(List<Renewal> renewals) {
    return new Book(profiles, contracts, renewals, surveyAnswers, valueEvents, onboardingMilestones, featureUses);
  }

  public Book withSurveyAnswers(List<SurveyAnswer> answers) {
    return new Book(profiles, contracts, renewals, answers, valueEvents, onboardingMilestones, featureUses);
  }

  public Book withValueEvents(List<ValueEvent> events) {
    return new Book(profiles, contracts, renewals, surveyAnswers, events, onboardingMilestones, featureUses);
  }

  public Book withOnboardingMilestones(List<OnboardingMilestone> milestones) {
    return new Book(profiles, contracts, renewals, surveyAnswers, valueEvents, milestones, featureUses);
  }

  public Book withFeatureUses(List<FeatureUse> uses) {
    return new Book(profiles, contracts, renewals, surveyAnswers, valueEvents, onboardingMilestones, uses);
  }

  /** Every account id that any record of the book names. */
  public Set<String> accountIds() {
    Set<String> ids = new TreeSet<>();
    profiles.forEach(p -> ids.add(p.accountId()));
    contracts.forEach(c -> ids.add(c.accountId()));
    renewals.forEach(r -> ids.add(r.accountId()));
    surveyAnswers.forEach(a -> ids.add(a.accountId()));
    valueEvents.forEach(e -> ids.add(e.accountId()));
    onboardingMilestones.forEach(m -> ids.add(m.accountId()));
    featureUses.forEach(u -> ids.add(u.accountId()));
    return ids;
  }

  /**
   * Splits the book into one book per group, {@code groupOf} naming each account's group; every
   * record goes to its account's group, in one pass over each list.
   */
  public Map<String, Book> partition(Function<String, String> groupOf) {
    Map<String, Book> result = new HashMap<>();
    Map<String, List<AccountProfile>> p = split(profiles, AccountProfile::accountId, groupOf);
    Map<String, List<Contract>> c = split(contracts, Contract::accountId, groupOf);
    Map<String, List<Renewal>> r = split(renewals, Renewal::accountId, groupOf);
    Map<String, List<SurveyAnswer>> s = split(surveyAnswers, SurveyAnswer::accountId, groupOf);
    Map<String, List<ValueEvent>> v = split(valueEvents, ValueEvent::accountId, groupOf);
    Map<String, List<OnboardingMilestone>> o = split(onboardingMilestones, OnboardingMilestone::accountId, groupOf);
    Map<String, List<FeatureUse>> f = split(featureUses, FeatureUse::accountId, groupOf);
    Set<String> groups = new TreeSet<>();
    for (Map<String, ?> m : List.of(p, c, r, s, v, o, f)) {
      groups.addAll(m.keySet());
    }
    for (String group : groups) {
      result.put(
          group,
          new Book(
              p.getOrDefault(group, List.of()),
              c.getOrDefault(group, List.of()),
              r.getOrDefault(group, List.of()),
              s.getOrDefault(group, List.of()),
              v.getOrDefault(group, List.of()),
              o.getOrDefault(group, List.of()),
              f.getOrDefault(group, List.of())));
    }
    return result;
  }

  private static <T> Map<String, List<T>> split(
      Collection<T> items, Function<T, String> accountOf, Function<String, String> groupOf) {
    Map<String, List<T>> byGroup = new HashMap<>();
    for (T item : items) {
      byGroup.computeIfAbsent(groupOf.apply(accountOf.apply(item)), g -> new ArrayList<>()).add(item);
    }
    return byGroup;
  }
}
