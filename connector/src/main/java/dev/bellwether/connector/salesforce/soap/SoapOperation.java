package dev.bellwether.connector.salesforce.soap;

import com.sforce.soap.partner.PartnerConnection;
import com.sforce.ws.ConnectionException;

/** One partner API request made on a connection prepared for it (headers may be set first). */
@FunctionalInterface
public interface SoapOperation<T> {
  T run(PartnerConnection connection) throws ConnectionException;
}
