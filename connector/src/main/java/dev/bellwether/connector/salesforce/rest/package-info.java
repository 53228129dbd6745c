/**
 * Salesforce's REST API over OkHttp: the transport every REST and Bulk request passes
 * ({@link dev.bellwether.connector.salesforce.rest.RestTransport}), SOQL reads
 * ({@link dev.bellwether.connector.salesforce.rest.RestQuerySource}), sObject collection writes
 * ({@link dev.bellwether.connector.salesforce.rest.SObjectCollectionsWriter}), the replication
 * feeds ({@link dev.bellwether.connector.salesforce.rest.RestReplication}) and describe
 * ({@link dev.bellwether.connector.salesforce.rest.RestDescriber}). Names leave qualified and
 * come back unqualified; values are typed by {@code values.WireValues}.
 */
package dev.bellwether.connector.salesforce.rest;
