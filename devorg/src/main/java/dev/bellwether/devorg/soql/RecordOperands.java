package dev.bellwether.devorg.soql;

import dev.bellwether.devorg.schema.FieldType;
import dev.bellwether.devorg.store.StoredRecord;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Resolves operands that read from stored records: field paths and date functions, as used in
 * WHERE, ORDER BY and GROUP BY.
 */
final class RecordOperands {
  private final PathResolver paths;
  private final ZoneId orgZone;
  private final QueryErrors errors;

  RecordOperands(PathResolver paths, ZoneId orgZone, QueryErrors errors) {
    this.paths = paths;
    this.orgZone = orgZone;
    this.errors = errors;
  }

  PathResolver paths() {
    return paths;
  }

  FieldPath path(Ast.Path p) throws SoqlException {
    return paths.resolve(p);
  }

  /**
   * A field or date function whose values will be {@code use}d ("filtered", "sorted",
   * "grouped"); long text areas cannot be used so in Salesforce.
   */
  ValueSource<StoredRecord> resolve(Ast.Operand operand, String use) throws SoqlException {
    if (operand instanceof Ast.Path p) {
      FieldPath path = paths.resolve(p);
      if (path.isLongText()) {
        throw errors.cannot(p.start(), p.text(), use);
      }
      return path;
    }
    Ast.Call call = (Ast.Call) operand;
    if (DateFunction.named(call.name().text()).isPresent()) {
      return dateFunction(call);
    }
    if (AggregateFunction.named(call.name().text()).isPresent()) {
      throw errors.malformed(call.name(), "Aggregate function " + call.name().text()
          + " can only be used in the SELECT list, HAVING or ORDER BY of an aggregate query");
    }
    throw unknownFunction(call);
  }

  /** CALENDAR_YEAR(CreatedDate), CALENDAR_YEAR(convertTimezone(CreatedDate)) and the like. */
  DateFunctionSource dateFunction(Ast.Call call) throws SoqlException {
    DateFunction fn = DateFunction.named(call.name().text()).orElseThrow(() -> unknownFunction(call));
    if (call.args().size() != 1) {
      throw errors.malformed(call.name(), call.name().text() + " takes exactly one field");
    }
    Ast.Operand arg = call.args().get(0);
    ZoneId zone = ZoneOffset.UTC;
    if (arg instanceof Ast.Call inner) {
      if (!inner.name().is("convertTimezone") || inner.args().size() != 1
          || !(inner.args().get(0) instanceof Ast.Path)) {
        throw errors.malformed(inner.name(), "Only convertTimezone(field) may be used inside "
            + call.name().text());
      }
      arg = inner.args().get(0);
      zone = orgZone;
    }
    FieldPath path = paths.resolve((Ast.Path) arg);
    FieldType type = path.field().type();
    boolean fits = type == FieldType.DATETIME || (type == FieldType.DATE && !fn.needsTime());
    if (!fits) {
      throw errors.at(QueryErrors.INVALID_FIELD, arg.start(), "Invalid field type for date function "
          + fn.name() + ": " + arg.text() + " is of type " + type.describeName());
    }
    if (zone != ZoneOffset.UTC && type != FieldType.DATETIME) {
      throw errors.malformed(arg.start(), "convertTimezone() only applies to dateTime fields: " + arg.text());
    }
    return new DateFunctionSource(fn, path, zone);
  }

  SoqlException unknownFunction(Ast.Call call) {
    return errors.malformed(call.name(), "Unknown or unsupported function: " + call.name().text());
  }
}
