package dev.bellwether.devorg.canvas;

import dev.bellwether.devorg.canvas.RelatedLists.RelatedList;
import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.FieldType;
import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.store.StoredRecord;
import java.util.List;
import java.util.Locale;

/**
 * The body of a Lightning record page: highlights panel, Canvas apps and Details in the main
 * column, related lists with counts in the side column.
 */
public final class RecordPage {
  /** Rows a related list card shows before "View All", as Lightning does. */
  static final int RELATED_ROWS = 5;
  private final FieldFormatter format;

  public RecordPage(FieldFormatter format) {
    this.format = format;
  }

  /** The page body; canvasCards are ready-made HTML from {@link CanvasFrames}. */
  public String body(StoredRecord record, List<RelatedList> related, List<String> canvasCards) {
    StringBuilder b = new StringBuilder(8192);
    b.append(highlights(record));
    b.append("<div class=\"layout\"><div class=\"main-column\">");
    canvasCards.forEach(b::append);
    b.append(details(record));
    b.append("</div><aside class=\"side-column\">");
    for (RelatedList r : related) {
      b.append(relatedCard(r));
    }
    b.append("</aside></div>");
    return b.toString();
  }

  private String highlights(StoredRecord record) {
    ObjectDef type = record.type();
    StringBuilder b = new StringBuilder();
    b.append("<section class=\"card highlights\" data-record-id=\"").append(Html.esc(record.id())).append("\">")
        .append("<div class=\"title-row\">").append(icon(type, true)).append("<div>")
        .append("<div class=\"object-label\">").append(Html.esc(type.label())).append("</div>")
        .append("<h1 class=\"record-name\">").append(Html.esc(RecordNames.nameOf(record))).append("</h1>")
        .append("</div></div><div class=\"fields\">");
    for (FieldDef f : Layouts.highlights(type)) {
      b.append("<div class=\"field\" data-field=\"").append(Html.esc(f.name())).append("\">")
          .append("<div class=\"label\">").append(Html.esc(Layouts.label(type, f))).append("</div>")
          .append("<div class=\"value\">").append(format.html(f, record.get(f.name()))).append("</div></div>");
    }
    return b.append("</div></section>").toString();
  }

  private String details(StoredRecord record) {
    ObjectDef type = record.type();
    StringBuilder b = new StringBuilder();
    b.append("<section class=\"card details-card\"><div class=\"tabs\"><span class=\"active\">Details</span>")
        .append("</div><div class=\"card-body\">")
        .append("<h3 class=\"section-title\">").append(Html.esc(type.label())).append(" Information</h3>")
        .append("<div class=\"details\">");
    for (FieldDef f : Layouts.details(type)) {
      b.append(item(Layouts.label(type, f), f.name(), format.html(f, record.get(f.name())),
          f.type() == FieldType.TEXTAREA));
    }
    b.append("</div><h3 class=\"section-title\">System Information</h3><div class=\"details\">")
        .append(item("Created By", "CreatedById", audit(record, "CreatedById", "CreatedDate"), false))
        .append(item("Last Modified By", "LastModifiedById",
            audit(record, "LastModifiedById", "LastModifiedDate"), false))
        .append("</div></div></section>");
    return b.toString();
  }

  /** "Avery Admin, 3/14/2025, 9:30 AM", as the System Information section reads. */
  private String audit(StoredRecord record, String byField, String dateField) {
    ObjectDef type = record.type();
    String by = type.field(byField).map(f -> format.html(f, record.get(byField))).orElse("");
    String when = type.field(dateField).map(f -> format.html(f, record.get(dateField))).orElse("");
    return by.isEmpty() ? when : by + (when.isEmpty() ? "" : ", " + when);
  }

  private static String item(String label, String field, String valueHtml, boolean wide) {
    return "<div class=\"item" + (wide ? " wide" : "") + "\" data-field=\"" + Html.esc(field) + "\">"
        + "<div class=\"label\">" + Html.esc(label) + "</div>"
        + "<div class=\"value\">" + valueHtml + "</div></div>";
  }

  private String relatedCard(RelatedList r) {
    ObjectDef child = r.child();
    int total = r.rows().size();
    StringBuilder b = new StringBuilder();
    b.append("<article class=\"card related\" data-related=\"").append(Html.esc(child.name()))
        .append("\" data-lookup=\"").append(Html.esc(r.lookup().name())).append("\" data-count=\"")
        .append(total).append("\"><header class=\"card-header\">").append(icon(child, false))
        .append("<h2>").append(Html.esc(r.title())).append(" <span class=\"count\">(").append(total)
        .append(")</span></h2></header>");
    if (total == 0) {
      return b.append("<p class=\"empty\">No ").append(Html.esc(r.title().toLowerCase(Locale.ROOT)))
          .append(" yet.</p></article>").toString();
    }
    List<FieldDef> columns = Layouts.columns(child);
    b.append("<ul class=\"rows\">");
    for (StoredRecord row : r.rows().subList(0, Math.min(RELATED_ROWS, total))) {
      b.append("<li><a class=\"row-title\" href=\"").append(Html.esc(Html.recordPath(child.name(), row.id())))
          .append("\">").append(Html.esc(RecordNames.nameOf(row))).append("</a><dl>");
      for (FieldDef f : columns) {
        if (f.name().equals(RecordNames.nameField(child))) {
          continue;
        }
        b.append("<dt>").append(Html.esc(Layouts.label(child, f))).append(":</dt><dd>")
            .append(format.html(f, row.get(f.name()))).append("</dd>");
      }
      b.append("</dl></li>");
    }
    b.append("</ul>");
    if (total > RELATED_ROWS) {
      b.append("<div class=\"card-footer\">Showing ").append(RELATED_ROWS).append(" of ").append(total)
          .append("</div>");
    }
    return b.append("</article>").toString();
  }

  /** A coloured square with the object's initial, standing in for Lightning's object icons. */
  static String icon(ObjectDef type, boolean large) {
    return "<span class=\"icon " + (large ? "icon-lg " : "") + PageShell.iconClass(type.name()) + "\">"
        + Html.esc(type.label().substring(0, 1)) + "</span>";
  }
}
