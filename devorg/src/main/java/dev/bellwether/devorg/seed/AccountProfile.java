package dev.bellwether.devorg.seed;

import java.math.BigDecimal;

/**
 * Who an account is: the firmographics written to the Account record.
 *
 * @param index position in the book, from 0; also the account's random-stream index
 * @param ownerIndex index of the owning CSM in {@link CsTeam#members()}
 * @param prospect true for the few accounts that have not bought yet
 */
record AccountProfile(
    int index,
    String accountNumber,
    CompanyName company,
    Segment segment,
    Industry industry,
    Location location,
    int employees,
    BigDecimal annualRevenue,
    String phone,
    boolean channel,
    String rating,
    int ownerIndex,
    boolean prospect) {

  String name() {
    return company.name();
  }

  /** The Account.Type picklist value; churned customers keep their customer type. */
  String type() {
    if (prospect) {
      return "Prospect";
    }
    return channel ? "Customer - Channel" : "Customer - Direct";
  }
}
