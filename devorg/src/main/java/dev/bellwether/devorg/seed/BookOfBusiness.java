package dev.bellwether.devorg.seed;

import java.time.LocalDate;
import java.util.List;

/** The whole planned book: the CS team and every account, before any Id exists. */
record BookOfBusiness(LocalDate today, List<TeamMember> team, List<AccountPlan> accounts) {

  BookOfBusiness {
    team = List.copyOf(team);
    accounts = List.copyOf(accounts);
  }
}
