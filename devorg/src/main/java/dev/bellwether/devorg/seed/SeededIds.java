package dev.bellwether.devorg.seed;

import java.util.List;

/**
 * The Ids the sink returned, which the signal files refer to.
 *
 * @param accountIds per account, in book order
 * @param contactIds per account, its contacts' Ids in roster order
 */
record SeededIds(List<String> userIds, List<String> accountIds, List<List<String>> contactIds) {

  SeededIds {
    userIds = List.copyOf(userIds);
    accountIds = List.copyOf(accountIds);
    contactIds = List.copyOf(contactIds);
  }
}
