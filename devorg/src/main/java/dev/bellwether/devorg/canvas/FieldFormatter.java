package dev.bellwether.devorg.canvas;

import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.store.OrgStore;
import dev.bellwether.devorg.store.StoredRecord;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Renders field values the way Lightning shows them to an en_US user: $1,250,000.00, 3/14/2025,
 * 3/14/2025, 9:30 AM in the viewer's time zone, lookups as links. Output is escaped HTML.
 */
public final class FieldFormatter {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("M/d/yyyy, h:mm a", Locale.US);
  private final OrgStore store;
  private final ZoneId zone;

  public FieldFormatter(OrgStore store, ZoneId zone) {
    this.store = store;
    this.zone = zone;
  }

  /** A value as HTML; empty text for null. */
  public String html(FieldDef field, Object value) {
    if (value == null) {
      return "";
    }
    switch (field.type()) {
      case REFERENCE:
      case ID:
        return reference(value.toString());
      case BOOLEAN:
        return Boolean.TRUE.equals(value)
            ? "<span class=\"checkbox checked\" title=\"True\">&#10003;</span>"
            : "<span class=\"checkbox\" title=\"False\"></span>";
      case URL:
        return url(value.toString());
      case EMAIL:
        return "<a href=\"mailto:" + Html.esc(value) + "\">" + Html.esc(value) + "</a>";
      case TEXTAREA:
        return Html.esc(value).replace("\n", "<br>");
      default:
        return Html.esc(text(field, value));
    }
  }

  /** A value as plain text (numbers, dates and times formatted; lookups as ids). */
  public String text(FieldDef field, Object value) {
    if (value == null) {
      return "";
    }
    switch (field.type()) {
      case CURRENCY: {
        NumberFormat f = NumberFormat.getCurrencyInstance(Locale.US);
        return f.format(decimal(value));
      }
      case PERCENT:
        return plain(decimal(value), field.scale()) + "%";
      case DOUBLE:
        return plain(decimal(value), field.scale());
      case INT:
        return NumberFormat.getIntegerInstance(Locale.US).format(decimal(value));
      case DATE:
        return value instanceof LocalDate d ? DATE.format(d) : value.toString();
      case DATETIME:
        return value instanceof Instant i ? DATE_TIME.format(i.atZone(zone)) : value.toString();
      default:
        return value.toString();
    }
  }

  /** A link to a referenced record, named as Lightning names it. */
  String reference(String id) {
    Optional<StoredRecord> target = store.find(id).filter(r -> !r.deleted());
    if (target.isEmpty()) {
      return Html.esc(id);
    }
    StoredRecord r = target.get();
    return "<a href=\"" + Html.esc(Html.recordPath(r.type().name(), r.id())) + "\">"
        + Html.esc(RecordNames.nameOf(r)) + "</a>";
  }

  private static String url(String value) {
    String href = value.matches("(?i)^https?://.*") ? value : "http://" + value;
    // Anything else (javascript:, data:) would run in the page, so it stays plain text.
    if (value.matches("(?i)^[a-z][a-z0-9+.-]*:.*") && !value.matches("(?i)^https?://.*")) {
      return Html.esc(value);
    }
    return "<a href=\"" + Html.esc(href) + "\" target=\"_blank\" rel=\"noopener noreferrer\">"
        + Html.esc(value) + "</a>";
  }

  private static BigDecimal decimal(Object value) {
    if (value instanceof BigDecimal d) {
      return d;
    }
    if (value instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    return new BigDecimal(value.toString());
  }

  private static String plain(BigDecimal d, int scale) {
    NumberFormat f = NumberFormat.getNumberInstance(Locale.US);
    f.setMaximumFractionDigits(Math.max(scale, 0));
    f.setMinimumFractionDigits(0);
    return f.format(d);
  }
}
