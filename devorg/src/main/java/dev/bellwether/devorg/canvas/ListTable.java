package dev.bellwether.devorg.canvas;

import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.store.StoredRecord;
import java.util.ArrayList;
import java.util.List;

/** A list-view table of records: the name column links to each record page. */
public final class ListTable {
  private final FieldFormatter format;

  public ListTable(FieldFormatter format) {
    this.format = format;
  }

  /** The table, or a line saying there is nothing to show. */
  public String html(ObjectDef type, List<StoredRecord> rows, List<FieldDef> extraColumns) {
    if (rows.isEmpty()) {
      return "<p class=\"empty\">No " + Html.esc(type.labelPlural()) + " yet.</p>";
    }
    List<FieldDef> columns = new ArrayList<>(Layouts.columns(type));
    for (FieldDef f : extraColumns) {
      if (!columns.contains(f)) {
        columns.add(f);
      }
    }
    String nameField = RecordNames.nameField(type);
    StringBuilder b = new StringBuilder("<table class=\"list\" data-object=\"")
        .append(Html.esc(type.name())).append("\"><thead><tr>");
    for (FieldDef f : columns) {
      b.append("<th>").append(Html.esc(Layouts.label(type, f))).append("</th>");
    }
    b.append("</tr></thead><tbody>");
    for (StoredRecord r : rows) {
      b.append("<tr>");
      for (FieldDef f : columns) {
        b.append("<td>");
        if (f.name().equals(nameField)) {
          b.append("<a href=\"").append(Html.esc(Html.recordPath(type.name(), r.id()))).append("\">")
              .append(Html.esc(RecordNames.nameOf(r))).append("</a>");
        } else {
          b.append(format.html(f, r.get(f.name())));
        }
        b.append("</td>");
      }
      b.append("</tr>");
    }
    return b.append("</tbody></table>").toString();
  }
}
