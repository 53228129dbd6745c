/**
 * Describe results computed from the schema, as surface-neutral records that REST renders as
 * JSON and SOAP as XML.
 */
package dev.bellwether.devorg.describe;
