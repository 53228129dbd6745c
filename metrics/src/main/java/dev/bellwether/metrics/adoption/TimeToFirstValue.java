package dev.bellwether.metrics.adoption;

import dev.bellwether.metrics.period.ReportingPeriod;
import dev.bellwether.metrics.revenue.Contract;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * TTFV (domain.md, "Value and adoption"): days from contract start to the account's first value
 * event, the event type being set per product line. The start is the account's first contract in
 * that line; days count calendar days in the org's zone.
 */
public final class TimeToFirstValue {

  private final ZoneId zone;
  private final Map<String, String> valueEventByProductLine;

  /** TTFV where {@code valueEventByProductLine} maps each product line to its value event type. */
  public TimeToFirstValue(ZoneId zone, Map<String, String> valueEventByProductLine) {
    this.zone = Objects.requireNonNull(zone, "zone");
    this.valueEventByProductLine = Map.copyOf(valueEventByProductLine);
  }

  /** One entry per account and product line that has a value event type, sorted by account. */
  public List<FirstValue> firstValues(Collection<Contract> contracts, Collection<ValueEvent> events) {
    Map<AccountLine, Instant> starts = new HashMap<>();
    for (Contract contract : contracts) {
      if (valueEventByProductLine.containsKey(contract.productLine())) {
        starts.merge(
            new AccountLine(contract.accountId(), contract.productLine()),
            contract.start(),
            (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    Map<AccountEvent, Instant> firstEvents = new HashMap<>();
    for (ValueEvent event : events) {
      firstEvents.merge(
          new AccountEvent(event.accountId(), event.eventType()),
          event.occurredAt(),
          (a, b) -> a.isBefore(b) ? a : b);
    }
    List<FirstValue> result = new ArrayList<>(starts.size());
    starts.forEach(
        (key, start) -> {
          String eventType = valueEventByProductLine.get(key.productLine());
          Optional<LocalDate> firstValue =
              Optional.ofNullable(firstEvents.get(new AccountEvent(key.accountId(), eventType)))
                  .map(this::localDate);
          result.add(new FirstValue(key.accountId(), key.productLine(), localDate(start), firstValue));
        });
    result.sort(
        (a, b) -> {
          int byAccount = a.accountId().compareTo(b.accountId());
          return byAccount != 0 ? byAccount : a.productLine().compareTo(b.productLine());
        });
    return result;
  }

  /** TTFV of the accounts whose first contract in a product line started in {@code period}. */
  public TtfvSummary summary(
      Collection<Contract> contracts, Collection<ValueEvent> events, ReportingPeriod period) {
    List<Long> days = new ArrayList<>();
    int waiting = 0;
    for (FirstValue firstValue : firstValues(contracts, events)) {
      if (!period.contains(firstValue.contractStart())) {
        continue;
      }
      if (firstValue.days().isDefined()) {
        days.add(firstValue.days().value());
      } else {
        waiting++;
      }
    }
    return new TtfvSummary(days, waiting);
  }

  private LocalDate localDate(Instant instant) {
    return LocalDate.ofInstant(instant, zone);
  }

  private record AccountLine(String accountId, String productLine) {}

  private record AccountEvent(String accountId, String eventType) {}
}
