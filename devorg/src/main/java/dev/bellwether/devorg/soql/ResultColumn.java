package dev.bellwether.devorg.soql;

import java.util.List;

/**
 * A select-list column as sf CLI's query?columns=true reports it (columnMetadata).
 *
 * @param columnName output name: the field name, relationship name, alias or exprN
 * @param displayName the same for fields; "avg(Amount)" for functions
 * @param apexType "Id", "String", "Boolean", "Integer", "Double", "Date", "Datetime" or
 *     "Decimal"; null for relationships and aggregate functions, as Salesforce reports them
 * @param foreignKeyName the lookup field behind a relationship column ("OwnerId"), else null
 * @param joinColumns the columns selected through a relationship, else empty
 */
public record ResultColumn(String columnName, String displayName, String apexType, boolean aggregate,
    boolean booleanType, boolean numberType, boolean textType, boolean custom, boolean insertable,
    boolean updatable, String foreignKeyName, List<ResultColumn> joinColumns) {

  public ResultColumn {
    joinColumns = List.copyOf(joinColumns);
  }
}
