package dev.bellwether.service.scoring.signals;

import dev.bellwether.store.Store;
import dev.bellwether.store.signals.DateWindow;
import dev.bellwether.store.signals.FirstUsageDay;
import dev.bellwether.store.signals.Signals;
import dev.bellwether.store.signals.UsageAggregate;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * {@link SignalSource} over the store's signal tables, every figure grouped in SQL.
 *
 * <p>Survey answers come back as counts per category, so the score lists hold one representative
 * score per answer (10 promoter, 8 passive, 0 detractor; 5 satisfied, 1 not): NPS and CSAT as
 * domain.md defines them depend on nothing else.
 */
public final class StoreSignalSource implements SignalSource {

  private final Signals signals;
  private final FirstUsageDay firstUsage;

  public StoreSignalSource(Store store) {
    this.signals = Signals.over(store.dataSource());
    this.firstUsage = new FirstUsageDay(store.dataSource());
  }

  @Override
  public Map<String, Usage> usage(String orgId, LocalDate from, LocalDate to) throws SQLException {
    Map<String, Usage> out = new HashMap<>();
    signals.usage().usageAndFeaturesByAccount(orgId, new DateWindow(from, to), f -> {
      UsageAggregate u = f.usage();
      out.put(u.accountId(), new Usage(u.events(), f.features(),
          u.activeUsers() > 0 ? OptionalLong.of(u.activeUsers()) : OptionalLong.empty(),
          u.licensedSeats() == null ? OptionalLong.empty() : OptionalLong.of(u.licensedSeats())));
    });
    return out;
  }

  @Override
  public Optional<LocalDate> firstUsageDay(String orgId) throws SQLException {
    return firstUsage.firstUsageDay(orgId);
  }

  @Override
  public Map<String, Map<String, LocalDate>> milestones(String orgId) throws SQLException {
    Map<String, Map<String, LocalDate>> out = new HashMap<>();
    signals.usage().milestonesByAccount(orgId, LocalDate.of(9999, 1, 1), m -> out.put(m.accountId(), m.firstDays()));
    return out;
  }

  @Override
  public Map<String, Surveys> surveys(String orgId, LocalDate from, LocalDate to) throws SQLException {
    Map<String, Surveys> out = new HashMap<>();
    signals.surveys().surveysByAccount(orgId, new DateWindow(from, to), s -> {
      List<Integer> nps = new ArrayList<>(s.npsAnswers());
      nps.addAll(Collections.nCopies(s.npsPromoters(), 10));
      nps.addAll(Collections.nCopies(s.npsPassives(), 8));
      nps.addAll(Collections.nCopies(s.npsDetractors(), 0));
      List<Integer> csat = new ArrayList<>(s.csatAnswers());
      csat.addAll(Collections.nCopies(s.csatSatisfied(), 5));
      csat.addAll(Collections.nCopies(s.csatAnswers() - s.csatSatisfied(), 1));
      out.put(s.accountId(), new Surveys(nps, csat));
    });
    return out;
  }

  @Override
  public Map<String, Invoices> invoices(String orgId, LocalDate asOf) throws SQLException {
    Map<String, Invoices> out = new HashMap<>();
    signals.invoices().invoicesByAccount(orgId, asOf, i -> out.put(i.accountId(), new Invoices(i.invoices(),
        i.overdue(), i.oldestOverdueDueOn() == null ? OptionalInt.empty()
            : OptionalInt.of((int) ChronoUnit.DAYS.between(i.oldestOverdueDueOn(), asOf)))));
    return out;
  }
}
