package dev.bellwether.devorg.seed;

import java.util.Set;

/**
 * One seeded user: a CSM or the CS manager.
 *
 * @param markets the markets whose accounts this CSM owns; empty for the manager
 */
record TeamMember(
    String firstName,
    String lastName,
    String username,
    String alias,
    String title,
    String timeZone,
    String locale,
    String language,
    Set<Market> markets) {

  boolean isManager() {
    return markets.isEmpty();
  }

  String email() {
    return username;
  }
}
