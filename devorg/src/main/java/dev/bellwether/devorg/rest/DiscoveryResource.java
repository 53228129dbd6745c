package dev.bellwether.devorg.rest;

import dev.bellwether.devorg.auth.Session;
import dev.bellwether.devorg.http.RestGate;
import dev.bellwether.devorg.org.Org;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The discovery resources: /services/data (the versions list, served without a token and
 * without Sforce-Limit-Info) and /services/data/vNN.N (the resource map, whose identity URL
 * jsforce follows).
 */
@Path("services/data")
public final class DiscoveryResource {
  /** Resource names and paths of a version's map, as Salesforce lists them. */
  private static final String[] RESOURCES = {
      "tooling", "tooling",
      "metadata", "metadata",
      "eclair", "eclair",
      "folders", "folders",
      "async-queries", "async-queries",
      "query", "query",
      "chatter", "chatter",
      "composite", "composite",
      "connect", "connect",
      "jobs", "jobs",
      "jobs/ingest", "jobs/ingest",
      "jobs/query", "jobs/query",
      "analytics", "analytics",
      "search", "search",
      "tabs", "tabs",
      "appMenu", "appMenu",
      "quickActions", "quickActions",
      "queryAll", "queryAll",
      "recent", "recent",
      "limits", "limits",
      "sobjects", "sobjects",
      "actions", "actions",
      "support", "support",
      "theme", "theme",
      "process", "process",
      "consent", "consent",
      "scheduling", "scheduling",
      "parameterizedSearch", "parameterizedSearch",
      "ui-api", "ui-api",
  };
  private final Org org;

  @Inject
  public DiscoveryResource(Org org) {
    this.org = org;
  }

  @GET
  public Response versions() {
    List<Map<String, String>> out = new ArrayList<>();
    for (ApiVersion v : ApiVersion.all()) {
      Map<String, String> entry = new LinkedHashMap<>();
      entry.put("label", v.label());
      entry.put("url", v.root());
      entry.put("version", v.number());
      out.add(entry);
    }
    return RestResponses.ok(out);
  }

  @GET
  @Path("{version}")
  public Response resources(@PathParam("version") String version,
      @Context ContainerRequestContext request) {
    ApiVersion v = ApiVersion.parse(version);
    Session s = RestGate.session(request);
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < RESOURCES.length; i += 2) {
      out.put(RESOURCES[i], v.root() + "/" + RESOURCES[i + 1]);
      if (RESOURCES[i].equals("search")) {
        out.put("identity", org.baseUrl() + "/id/" + org.id() + "/" + s.userId());
      }
    }
    return RestResponses.ok(out);
  }
}
