package dev.bellwether.devorg.seed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The people at a customer: a champion, an executive sponsor and a few everyday users. */
final class ContactRoster {
  static final int CHAMPION = 0;
  static final int SPONSOR = 1;
  private static final List<String> CHAMPION_TITLES = List.of(
      "Director of Revenue Operations", "Sales Operations Manager", "Head of Customer Success",
      "Business Systems Manager", "CRM Administrator", "Director of Customer Experience");
  private static final List<String> SPONSOR_TITLES = List.of(
      "VP of Operations", "Chief Revenue Officer", "VP, Customer Experience",
      "Chief Operating Officer", "CTO", "VP of Sales");
  private static final List<String> USER_TITLES = List.of(
      "Account Executive", "Customer Success Manager", "Sales Analyst", "Support Team Lead",
      "Renewals Specialist", "Data Analyst", "Finance Manager", "IT Administrator");

  private final NameGenerator names;

  ContactRoster(NameGenerator names) {
    this.names = names;
  }

  List<PlannedContact> contacts(AccountProfile account, Dice dice) {
    int count = switch (account.segment()) {
      case ENTERPRISE -> dice.between(5, 8);
      case MID_MARKET -> dice.between(3, 5);
      case SMB -> dice.between(2, 3);
    };
    Set<String> emails = new HashSet<>();
    List<PlannedContact> contacts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      PersonName name = names.person(account.location().market(), dice);
      String title = switch (i) {
        case CHAMPION -> dice.pick(CHAMPION_TITLES);
        case SPONSOR -> dice.pick(SPONSOR_TITLES);
        default -> dice.pick(USER_TITLES);
      };
      // Two people with one name at one company get distinct addresses, as mail servers insist.
      String local = name.emailLocalPart();
      String email = local + "@" + account.company().domain();
      for (int n = 2; !emails.add(email); n++) {
        email = local + n + "@" + account.company().domain();
      }
      contacts.add(new PlannedContact(name, title, email, account.location().phone(dice)));
    }
    return contacts;
  }
}
