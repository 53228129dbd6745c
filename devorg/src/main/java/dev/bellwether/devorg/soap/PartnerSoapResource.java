package dev.bellwether.devorg.soap;

import dev.bellwether.devorg.auth.Session;
import dev.bellwether.devorg.http.DroppedRequest;
import dev.bellwether.devorg.org.Org;
import dev.bellwether.devorg.store.Ids;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.glassfish.grizzly.http.server.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The partner SOAP API: POST /services/Soap/u/{version}[/{orgId}]. Login answers on the bare
 * path and hands out serverUrl = .../u/{version}/{orgId15}, where every later call goes.
 *
 * <p>Every failure, including a body that is not XML, is answered as a SOAP fault with HTTP
 * 500 (503 for an injected outage), never as JSON or HTML: WSC only reads faults from error
 * statuses and fails on anything that is not a SOAP envelope. A singleton, because query
 * cursors must outlive the request that opened them.
 */
@Path("services/Soap/u")
@Singleton
public final class PartnerSoapResource {
  private static final Logger LOG = LoggerFactory.getLogger(PartnerSoapResource.class);
  private static final String TEXT_XML = "text/xml; charset=utf-8";
  private final Org org;
  private final SoapGate gate;
  private final SoapRequestReader reader = new SoapRequestReader();
  private final PartnerOperations operations;
  private final LoginOperation login = new LoginOperation();

  @Inject
  public PartnerSoapResource(Org org, Provider<Request> connection) {
    this.org = org;
    this.gate = new SoapGate(org, connection);
    this.operations = new PartnerOperations(new QueryCursors(org.clock()));
  }

  @POST
  @Path("{version}")
  public Response call(@PathParam("version") String version, @Context HttpHeaders headers, byte[] body) {
    return serve(version, null, headers, body);
  }

  @POST
  @Path("{version}/{orgId}")
  public Response callOrg(@PathParam("version") String version, @PathParam("orgId") String orgId,
      @Context HttpHeaders headers, byte[] body) {
    return serve(version, orgId, headers, body);
  }

  private Response serve(String versionText, String orgIdInPath, HttpHeaders headers, byte[] raw) {
    boolean gzip = HttpBodies.acceptsGzip(headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
    String xml;
    int status = 200;
    try {
      xml = answer(versionText, orgIdInPath, HttpBodies.decode(raw == null ? new byte[0] : raw,
          headers.getHeaderString("Content-Encoding")));
    } catch (SoapFault f) {
      xml = SoapEnvelopes.fault(f);
      status = f.httpStatus();
    } catch (DroppedRequest dropped) {
      return dropped.answer();
    } catch (RuntimeException e) {
      LOG.error("unexpected error serving a partner SOAP call", e);
      SoapFault f = SoapFault.unexpected("UNKNOWN_EXCEPTION",
          "An unexpected error occurred: " + e.getClass().getSimpleName());
      xml = SoapEnvelopes.fault(f);
      status = f.httpStatus();
    }
    byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
    Response.ResponseBuilder rb = Response.status(status).header("Content-Type", TEXT_XML);
    if (gzip) {
      bytes = HttpBodies.gzip(bytes);
      rb.header("Content-Encoding", "gzip");
    }
    return rb.entity(bytes).build();
  }

  private String answer(String versionText, String orgIdInPath, byte[] body) {
    SoapRequest request = reader.read(body);
    ApiVersion version = ApiVersion.parse(versionText);
    XmlElement op = request.operation();
    if (!op.namespace().equals(SoapNamespaces.PARTNER)) {
      throw noSuchOperation(op);
    }
    if (op.name().equals("login")) {
      SoapCall call = new SoapCall(org, null, version, request);
      return SoapEnvelopes.success(null, out -> login.invoke(call, out));
    }
    SoapOperation operation = operations.find(op.name()).orElseThrow(() -> noSuchOperation(op));
    if (orgIdInPath != null && !org.id().equals(Ids.normalize(orgIdInPath))) {
      throw SoapFault.unexpected("INVALID_OPERATION", "This server serves organization "
          + org.id().substring(0, 15) + ", not " + orgIdInPath + "; use the serverUrl login returned");
    }
    Session session = gate.admit(request);
    SoapCall call = new SoapCall(org, session, version, request);
    return SoapEnvelopes.success(gate.limitInfo(), out -> operation.invoke(call, out));
  }

  private static SoapFault noSuchOperation(XmlElement op) {
    return SoapFault.client("No operation available for request " + op.qualifiedName()
        + ", please check the WSDL for the service.");
  }
}
