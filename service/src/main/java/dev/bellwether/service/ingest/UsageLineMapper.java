package dev.bellwether.service.ingest;

import dev.bellwether.store.signals.UsageEvent;
import dev.bellwether.store.signals.UsageKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Usage lines, by {@code type}:
 * <ul>
 *   <li>{@code event} (the default): {@code event_id}?, {@code account_id}, {@code feature},
 *       {@code user_id}?, {@code occurred_at} (or {@code occurred_on}), {@code count}? (1);
 *   <li>{@code weekly}: {@code account_id}, {@code week_start}, {@code feature}, {@code events},
 *       {@code active_users}?, {@code licensed_seats}?;
 *   <li>{@code milestone}: {@code account_id}, {@code event}, {@code occurred_at} (or {@code occurred_on}).
 * </ul>
 * A missing {@code event_id} is derived from the natural key ({@link DerivedIds}).
 */
final class UsageLineMapper implements LineMapper<UsageEvent> {
  static final int ID_LENGTH = 255;
  static final int ACCOUNT_LENGTH = 64;
  static final int NAME_LENGTH = 255;

  private final DerivedIds ids = new DerivedIds();

  @Override
  public UsageEvent map(RecordFields f) throws FieldProblem {
    String type = f.text("type");
    UsageKind kind = type == null ? UsageKind.EVENT : UsageKind.fromCode(type);
    if (kind == null) {
      throw new FieldProblem("type", "'" + RecordFields.shorten(type) + "' is not one of event, weekly, milestone");
    }
    String eventId = f.id("event_id", ID_LENGTH, false);
    String account = f.id("account_id", ACCOUNT_LENGTH, true);
    return switch (kind) {
      case EVENT -> event(f, eventId, account);
      case WEEKLY -> weekly(f, eventId, account);
      case MILESTONE -> milestone(f, eventId, account);
    };
  }

  private UsageEvent event(RecordFields f, String eventId, String account) throws FieldProblem {
    String feature = f.id("feature", NAME_LENGTH, true);
    String user = f.id("user_id", ID_LENGTH, false);
    When when = when(f);
    Long count = f.whole("count", false);
    if (count != null && count < 1) {
      throw new FieldProblem("count", count + " is below 1");
    }
    String id = eventId != null ? eventId : ids.of("event", when.day(), account, user, feature, when.key());
    return new UsageEvent(id, account, UsageKind.EVENT, feature, user, when.day(), when.at(),
        count == null ? 1 : count, null, null);
  }

  private UsageEvent weekly(RecordFields f, String eventId, String account) throws FieldProblem {
    LocalDate week = f.day("week_start", true);
    String feature = f.id("feature", NAME_LENGTH, true);
    Long events = f.whole("events", true);
    if (events < 0) {
      throw new FieldProblem("events", events + " is below 0");
    }
    Integer active = f.wholeBetween("active_users", false, 0, Integer.MAX_VALUE);
    Integer seats = f.wholeBetween("licensed_seats", false, 0, Integer.MAX_VALUE);
    String id = eventId != null ? eventId : ids.of("weekly", week, account, feature);
    return new UsageEvent(id, account, UsageKind.WEEKLY, feature, null, week, null, events, active, seats);
  }

  private UsageEvent milestone(RecordFields f, String eventId, String account) throws FieldProblem {
    String event = f.id("event", NAME_LENGTH, true);
    When when = when(f);
    String id = eventId != null ? eventId : ids.of("milestone", null, account, event);
    return new UsageEvent(id, account, UsageKind.MILESTONE, event, null, when.day(), when.at(), 1, null, null);
  }

  /** {@code occurred_at} (an instant; its UTC day) or, without it, {@code occurred_on} (a day). */
  private static When when(RecordFields f) throws FieldProblem {
    Instant at = f.instant("occurred_at", false);
    if (at != null) {
      return new When(LocalDate.ofInstant(at, ZoneOffset.UTC), at);
    }
    LocalDate day = f.day("occurred_on", false);
    if (day == null) {
      throw new FieldProblem("occurred_at", "missing (give occurred_at, an instant, or occurred_on, a day)");
    }
    return new When(day, null);
  }

  /** When a line happened: always a day, an instant when the sender gave one. */
  private record When(LocalDate day, Instant at) {
    String key() {
      return at != null ? at.toString() : day.toString();
    }
  }
}
