package dev.bellwether.devorg.seed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The CS team's touchpoints with an account: kickoff, QBRs or check-ins, renewal calls. */
final class Touchpoints {
  private final LocalDate today;
  /** Tasks are planned this far ahead, as a CSM's calendar would be. */
  private final LocalDate horizon;

  Touchpoints(LocalDate today) {
    this.today = today;
    this.horizon = today.plusDays(60);
  }

  List<PlannedTask> tasks(AccountProfile account, AccountHistory history, boolean atRisk,
      Dice dice) {
    List<PlannedTask> tasks = new ArrayList<>();
    if (!history.customer()) {
      add(tasks, "Discovery call", "Normal", today.minusDays(dice.between(3, 40)), "Call",
          "Pains, current tooling and decision process.", dice);
      return tasks;
    }
    LocalDate since = history.customerSince();
    LocalDate last = history.churned() && history.churnDate().isBefore(horizon)
        ? history.churnDate()
        : horizon;
    add(tasks, "Onboarding kickoff", "High", since.plusDays(dice.between(2, 7)), "Meeting",
        "Goals, success criteria, admin training plan and go-live date.", dice);
    add(tasks, "Onboarding check-in", "Normal", since.plusDays(dice.between(25, 35)), "Call",
        "Go-live status, first dashboards, open questions.", dice);
    cadence(tasks, account.segment(), since, last, dice);
    for (LocalDate end : history.termEnds()) {
      LocalDate call = end.minusDays(90);
      if (call.isAfter(since) && !call.isAfter(last)) {
        add(tasks, "Renewal prep call", "High", call, "Call",
            "Renewal due " + end.minusDays(1) + ": confirm scope, seats and decision maker.", dice);
      }
    }
    if (atRisk) {
      add(tasks, "Risk review: usage decline", "High", today.minusDays(dice.between(3, 25)),
          "Meeting", "Active users and events down for several months; agree a save plan.", dice);
      add(tasks, "Save plan follow-up", "High", today.plusDays(dice.between(2, 14)), "Call",
          "Check progress on the agreed adoption actions with the champion.", dice);
    }
    if (history.churned() && history.churnReason().controllable) {
      add(tasks, "Save attempt with sponsor", "High",
          history.churnDate().minusDays(dice.between(20, 60)), "Meeting",
          "Last attempt to keep the account before the renewal date.", dice);
      add(tasks, "Exit interview", "Normal", history.churnDate().plusDays(dice.between(3, 14)),
          "Call", "Why they left: " + history.churnReason().label + ".", dice);
    }
    tasks.removeIf(t -> t.activityDate().isBefore(since) || t.activityDate().isAfter(horizon));
    tasks.sort(Comparator.comparing(PlannedTask::activityDate));
    return tasks;
  }

  /** QBRs for bigger customers, lighter e-mail check-ins for SMB. */
  private void cadence(List<PlannedTask> tasks, Segment segment, LocalDate since, LocalDate last,
      Dice dice) {
    int everyDays = switch (segment) {
      case ENTERPRISE -> 91;
      case MID_MARKET -> 182;
      case SMB -> 120;
    };
    for (LocalDate day = since.plusDays(90); day.isBefore(last); day = day.plusDays(everyDays)) {
      LocalDate date = day.plusDays(dice.between(-7, 7));
      if (segment == Segment.SMB) {
        add(tasks, "Check-in", "Low", date, "Email",
            "Quick check on adoption and open questions.", dice);
      } else {
        add(tasks, "QBR: Q" + ((date.getMonthValue() - 1) / 3 + 1) + " " + date.getYear(),
            "Normal", date, "Meeting",
            "Adoption review, roadmap and renewal outlook with the sponsor.", dice);
      }
    }
  }

  private void add(List<PlannedTask> tasks, String subject, String priority, LocalDate date,
      String type, String description, Dice dice) {
    String status;
    if (date.isAfter(today)) {
      status = "Not Started";
    } else if (date.isAfter(today.minusDays(7))) {
      status = dice.chance(0.5) ? "In Progress" : "Completed";
    } else {
      // A few past tasks were never closed out: overdue tasks are part of a real CSM's list.
      status = dice.chance(0.95) ? "Completed" : "Not Started";
    }
    tasks.add(new PlannedTask(subject, status, priority, date, type, description));
  }
}
