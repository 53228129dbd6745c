package dev.bellwether.metrics.book;

import dev.bellwether.metrics.account.AccountProfile;
import dev.bellwether.metrics.account.GroupBy;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Computes a metric for the whole book and for each of its segments or owners. */
public final class BookGrouping {

  private BookGrouping() {}

  /**
   * {@code metric} over {@code book} and over each group of {@code by}.
   *
   * @throws IllegalArgumentException naming the first account that has records but no profile
   *     (its group is unknown)
   */
  public static <R> Breakdown<R> breakdown(Book book, GroupBy by, Function<Book, R> metric) {
    Map<String, AccountProfile> profiles = new HashMap<>();
    for (AccountProfile profile : book.profiles()) {
      AccountProfile clash = profiles.put(profile.accountId(), profile);
      if (clash != null && !clash.equals(profile)) {
        throw new IllegalArgumentException("two different profiles for account " + profile.accountId());
      }
    }
    for (String account : book.accountIds()) {
      if (!profiles.containsKey(account)) {
        throw new IllegalArgumentException(
            "account " + account + " has records but no account profile, so its "
                + by.name().toLowerCase() + " is unknown");
      }
    }
    Map<String, R> groups = new TreeMap<>();
    book.partition(account -> by.groupOf(profiles.get(account)))
        .forEach((group, part) -> groups.put(group, metric.apply(part)));
    return new Breakdown<>(by, metric.apply(book), new TreeMap<>(groups));
  }
}
