/**
 * The partner SOAP API through Salesforce's WSC: describe, query/queryMore/queryAll,
 * getUpdated/getDeleted/getServerTimestamp and writes of up to 200 records a call. Every request
 * is one guarded call made by {@link dev.bellwether.connector.salesforce.soap.PartnerConnections};
 * WSC types never leave this package.
 */
package dev.bellwether.connector.salesforce.soap;
