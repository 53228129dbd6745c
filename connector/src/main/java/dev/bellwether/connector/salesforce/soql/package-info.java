/**
 * SOQL built from values, never by concatenating outside text:
 * {@link dev.bellwether.connector.salesforce.soql.SoqlBuilder} assembles a SELECT,
 * {@link dev.bellwether.connector.salesforce.soql.Condition} models WHERE clauses,
 * {@link dev.bellwether.connector.salesforce.soql.SoqlLiteral} is the one place values become
 * literals and {@link dev.bellwether.connector.salesforce.soql.SoqlIdentifier} refuses any name
 * that is not a plain API name.
 */
package dev.bellwether.connector.salesforce.soql;
