/**
 * Salesforce field values on the wire: text and JSON to and from the port's Java types
 * ({@link dev.bellwether.connector.salesforce.values.WireValues}), describe type names
 * ({@link dev.bellwether.connector.salesforce.values.FieldTypes}) and the managed package's
 * namespace prefix ({@link dev.bellwether.connector.salesforce.values.Namespace}).
 */
package dev.bellwether.connector.salesforce.values;
