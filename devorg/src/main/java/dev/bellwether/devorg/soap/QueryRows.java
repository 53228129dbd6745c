package dev.bellwether.devorg.soap;

import dev.bellwether.devorg.soql.ResultRow;
import dev.bellwether.devorg.soql.SoqlException;
import dev.bellwether.devorg.soql.SoqlResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the SOQL engine's results and errors into the partner API's rows and faults. */
final class QueryRows {
  private QueryRows() {}

  /** Every row of a result, as the partner API shows it. */
  static List<SObjectView> of(SoqlResult result) {
    List<SObjectView> out = new ArrayList<>(result.rows().size());
    for (ResultRow row : result.rows()) {
      out.add(view(row, result.aggregate()));
    }
    return out;
  }

  private static SObjectView view(ResultRow row, boolean aggregate) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : row.fields().entrySet()) {
      fields.put(e.getKey(), value(e.getValue(), aggregate));
    }
    return new SObjectView(row.type(), row.id(), fields, aggregate);
  }

  private static Object value(Object v, boolean aggregate) {
    if (v instanceof ResultRow parent) {
      return view(parent, aggregate);
    }
    if (v instanceof List<?> children) {
      // A child relationship subquery, should the engine return one.
      List<SObjectView> rows = new ArrayList<>(children.size());
      for (Object child : children) {
        rows.add(view((ResultRow) child, aggregate));
      }
      return new SObjectView.ChildRecords(rows);
    }
    return v;
  }

  /**
   * The fault for a SOQL error, with the engine's row and column: MalformedQueryFault for
   * syntax (and filter or range errors, which are query faults too), InvalidFieldFault for an
   * unknown field, InvalidSObjectFault for an unknown object.
   */
  static SoapFault fault(SoqlException e) {
    SoapFault.Detail detail;
    switch (e.errorCode()) {
      case "INVALID_FIELD": detail = SoapFault.Detail.INVALID_FIELD; break;
      case "INVALID_TYPE": detail = SoapFault.Detail.INVALID_SOBJECT; break;
      default: detail = SoapFault.Detail.MALFORMED_QUERY; break;
    }
    return SoapFault.query(detail, e.errorCode(), e.getMessage(), e.row(), e.column());
  }
}
