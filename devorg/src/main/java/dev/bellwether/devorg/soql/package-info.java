/**
 * SOQL for devorg: {@link dev.bellwether.devorg.soql.SoqlEngine} is the whole public surface the
 * SOAP, REST and Bulk layers use.
 *
 * <p>A query goes Lexer (tokens) → Parser (syntax tree, {@code Ast}) → QueryPlanner (names and
 * types checked against the schema, fields resolved to array positions: a {@code QueryPlan}) →
 * QueryExecution (scan or id lookup in the store, compiled predicates, grouping, sorting,
 * paging, projection to {@link dev.bellwether.devorg.soql.ResultRow}s). Errors carry Salesforce's
 * codes and caret messages ({@link dev.bellwether.devorg.soql.SoqlException}).
 *
 * <p>Child sub-selects, (SELECT ... FROM Contacts), nest each parent's children as a SoqlResult;
 * their names are derived from labels until the schema records them ({@code ChildRelationships}).
 *
 * <p>Not supported: nested child sub-selects, TYPEOF, FORMAT(),
 * convertCurrency(), GROUP BY ROLLUP/CUBE, WITH DATA CATEGORY, USING SCOPE semantics (parsed and
 * ignored), bind variables (Apex only), custom fiscal years.
 */
package dev.bellwether.devorg.soql;
