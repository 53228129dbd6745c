package dev.bellwether.devorg.seed;

import java.util.List;

/**
 * Everything planned for one account before any record is inserted.
 *
 * @param atRisk one of the ~10% of current customers whose signals are decaying now
 */
record AccountPlan(
    AccountProfile profile,
    AccountHistory history,
    HealthCurve health,
    Adoption adoption,
    boolean atRisk,
    List<PlannedContact> contacts,
    List<PlannedCase> cases,
    List<PlannedTask> tasks) {

  AccountPlan {
    contacts = List.copyOf(contacts);
    cases = List.copyOf(cases);
    tasks = List.copyOf(tasks);
  }
}
