package dev.bellwether.service.panels.account;

import dev.bellwether.service.panels.render.Messages;
import dev.bellwether.service.panels.render.UserFormats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What every section formats with: the user's texts and formats and their today.
 *
 * @param today the day in the user's time zone
 */
record PanelView(Messages msg, UserFormats fmt, LocalDate today) {

  /** A number with at most one decimal, in the user's locale. */
  String one(double value) {
    return fmt.number(BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros());
  }

  /** A signed change with at most one decimal: +3.5, −2, 0. */
  String signed(double value) {
    String n = one(Math.abs(value));
    return value > 0.05 ? "+" + n : value < -0.05 ? "−" + n : n;
  }

  /** A picklist value in the user's language: {@code prefix.best_case}, else the CRM's own label. */
  String picklist(String prefix, String value) {
    if (value == null) {
      return msg.get("value.none");
    }
    return msg.getOr(prefix + "." + value.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_"), value);
  }
}
