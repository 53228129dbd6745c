/**
 * The partner SOAP API (/services/Soap/u/{version}) as Salesforce's WSC, jsforce and other
 * SOAP clients use it: login, describe, query/queryMore, retrieve, the save calls and
 * replication. Requests are read by namespace and local name; responses follow the partner
 * WSDL's element order exactly, because WSC rejects anything else.
 */
package dev.bellwether.devorg.soap;
