package dev.bellwether.service.panels.account;

import dev.bellwether.service.panels.account.AccountFacts.UsageDay;
import dev.bellwether.service.panels.charts.BarChart;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Usage events per month over the last six (this month so far included), as bars. */
final class UsageSection {
  static final int MONTHS = 6;
  private final BarChart chart = new BarChart(240, 70);

  /** Events per month, oldest first, the last being the current month so far. */
  static Map<YearMonth, Long> monthly(List<UsageDay> days, YearMonth current) {
    Map<YearMonth, Long> out = new LinkedHashMap<>();
    for (int k = MONTHS - 1; k >= 0; k--) {
      out.put(current.minusMonths(k), 0L);
    }
    for (UsageDay d : days) {
      out.computeIfPresent(YearMonth.from(d.day()), (m, n) -> n + d.events());
    }
    return out;
  }

  Map<String, Object> model(AccountFacts facts, PanelView v) {
    Map<YearMonth, Long> months = monthly(facts.usage(), YearMonth.from(v.today()));
    DateTimeFormatter name = DateTimeFormatter.ofPattern("MMM", v.fmt().locale());
    List<BarChart.Bar> bars = new ArrayList<>();
    List<Map<String, Object>> rows = new ArrayList<>();
    months.forEach((month, events) -> {
      bars.add(new BarChart.Bar(name.format(month), events, v.fmt().number(events)));
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("month", name.format(month));
      r.put("events", v.fmt().number(events));
      rows.add(r);
    });
    Map<String, Object> m = new LinkedHashMap<>();
    long total = months.values().stream().mapToLong(Long::longValue).sum();
    m.put("any", total > 0);
    m.put("chart", chart.draw(bars, v.msg().get("usage.chart")));
    m.put("months", rows);
    List<Long> values = new ArrayList<>(months.values());
    long last = values.get(MONTHS - 2);
    long before = values.get(MONTHS - 3);
    m.put("change", before == 0 ? "" : v.msg().format("usage.change", v.signed(100.0 * (last - before) / before)));
    return m;
  }
}
