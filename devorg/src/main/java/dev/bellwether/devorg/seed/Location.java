package dev.bellwether.devorg.seed;

import java.util.List;

/**
 * A billing city.
 *
 * @param state the BillingState, or null where addresses have none (London, Singapore)
 * @param phonePattern a phone number with {@code #} for each random digit; North American
 *     numbers use the fictional 555-01xx range
 * @param legalSuffixes company-name endings common in the country ("GmbH", "Co., Ltd.")
 */
record Location(
    Market market,
    String city,
    String state,
    String country,
    String phonePattern,
    List<String> legalSuffixes) {

  String phone(Dice dice) {
    StringBuilder phone = new StringBuilder(phonePattern.length());
    for (int i = 0; i < phonePattern.length(); i++) {
      char c = phonePattern.charAt(i);
      phone.append(c == '#' ? (char) ('0' + dice.between(0, 9)) : c);
    }
    return phone.toString();
  }
}
