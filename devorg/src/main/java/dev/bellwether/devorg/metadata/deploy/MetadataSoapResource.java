package dev.bellwether.devorg.metadata.deploy;

import dev.bellwether.devorg.auth.Session;
import dev.bellwether.devorg.metadata.MetadataXml;
import dev.bellwether.devorg.metadata.XmlElement;
import dev.bellwether.devorg.org.Org;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The Metadata API over SOAP, at /services/Soap/m/{version} and .../{version}/{orgId}:
 * deploy, checkDeployStatus, cancelDeploy, checkStatus and describeMetadata. The session is
 * the SessionHeader's sessionId (an OAuth access token or SOAP session); CallOptions is
 * ignored. Every error is a SOAP fault with an HTTP error status, never a stack trace.
 */
@Path("/services/Soap/m")
public final class MetadataSoapResource {
  private static final String XML = "text/xml; charset=utf-8";
  private final Org org;
  private final DeployQueue deploys;

  @Inject
  public MetadataSoapResource(Org org, DeployQueue deploys) {
    this.org = org;
    this.deploys = deploys;
  }

  @POST
  @Path("{version}")
  @Consumes(MediaType.WILDCARD)
  public Response call(@PathParam("version") String version,
      @HeaderParam("Content-Encoding") String encoding, byte[] body) {
    return handle(encoding, body);
  }

  @POST
  @Path("{version}/{orgId}")
  @Consumes(MediaType.WILDCARD)
  public Response callWithOrg(@PathParam("version") String version,
      @PathParam("orgId") String orgId, @HeaderParam("Content-Encoding") String encoding,
      byte[] body) {
    return handle(encoding, body);
  }

  private Response handle(String encoding, byte[] body) {
    org.faults().delay();
    XmlElement envelope;
    try {
      envelope = MetadataXml.parse(gunzipIfNeeded(encoding, body));
    } catch (MetadataXml.MalformedXml | IOException e) {
      return fault(500, "soapenv:Client", "Could not read the request: " + e.getMessage());
    }
    Optional<XmlElement> call = envelope.child("Body").flatMap(b -> b.children().stream().findFirst());
    if (!envelope.name().equals("Envelope") || call.isEmpty()) {
      return fault(500, "soapenv:Client", "The request is not a SOAP envelope with a Body");
    }
    if (org.faults().transientFailure()) {
      return fault(503, "SERVER_UNAVAILABLE", "Service temporarily unavailable (injected fault)");
    }
    String token = envelope.child("Header").flatMap(h -> h.child("SessionHeader"))
        .flatMap(h -> h.text("sessionId")).orElse(null);
    Optional<Session> session = org.sessions().find(token == null ? null : token.trim())
        .filter(s -> org.id().equals(s.orgId()));
    if (session.isEmpty()) {
      return fault(500, "INVALID_SESSION_ID",
          "Invalid Session ID found in SessionHeader: Illegal Session");
    }
    if (!org.apiUsage().tryAcquire()) {
      return fault(500, "REQUEST_LIMIT_EXCEEDED",
          "TotalRequests Limit exceeded. (limit " + org.apiUsage().limit() + ")");
    }
    return dispatch(call.get(), session.get());
  }

  private Response dispatch(XmlElement call, Session session) {
    switch (call.name()) {
      case "deploy": {
        byte[] zip;
        try {
          zip = Base64.getMimeDecoder().decode(call.text("ZipFile").orElse(""));
        } catch (IllegalArgumentException e) {
          return fault(500, "soapenv:Client", "ZipFile is not base64: " + e.getMessage());
        }
        DeployOptions options = DeployOptions.fromSoap(call.child("DeployOptions").orElse(null));
        return ok(MetadataSoapWriter.deployResponse(deploys.submit(zip, options, session)));
      }
      case "checkDeployStatus": {
        String id = call.text("asyncProcessId").orElse("");
        boolean details = call.text("includeDetails").map("true"::equals).orElse(false);
        return deploys.find(id)
            .map(r -> ok(MetadataSoapWriter.checkDeployStatusResponse(r, details)))
            .orElseGet(() -> invalidId(id));
      }
      case "cancelDeploy": {
        // The WSDL names the id element "String"; jsforce sends "id". Either is the first child.
        String id = call.children().stream().findFirst().map(XmlElement::text).orElse("");
        return deploys.cancel(id, session)
            .map(r -> ok(MetadataSoapWriter.cancelDeployResponse(r)))
            .orElseGet(() -> invalidId(id));
      }
      case "checkStatus": {
        List<DeployResult> results = new ArrayList<>();
        for (XmlElement id : call.children("asyncProcessId")) {
          Optional<DeployResult> r = deploys.find(id.text());
          if (r.isEmpty()) {
            return invalidId(id.text());
          }
          results.add(r.get());
        }
        return ok(MetadataSoapWriter.checkStatusResponse(results));
      }
      case "describeMetadata":
        return ok(MetadataSoapWriter.describeMetadataResponse(MetadataTypeCatalog.types()));
      default:
        return fault(500, "soapenv:Client", "No operation available for request {"
            + call.namespace() + "}" + call.name() + ", please check the WSDL for the service.");
    }
  }

  private static byte[] gunzipIfNeeded(String encoding, byte[] body) throws IOException {
    // Only when the bytes really are gzip: a filter elsewhere may have decoded them already.
    boolean gzipMagic = body.length > 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
    if (encoding == null || !encoding.toLowerCase(java.util.Locale.ROOT).contains("gzip") || !gzipMagic) {
      return body;
    }
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return in.readAllBytes();
    }
  }

  private static Response invalidId(String id) {
    return fault(500, "INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id: " + id);
  }

  private static Response ok(String xml) {
    return Response.ok(xml, XML).build();
  }

  private static Response fault(int status, String code, String message) {
    return Response.status(status).type(XML).entity(MetadataSoapWriter.fault(code, message))
        .build();
  }
}
