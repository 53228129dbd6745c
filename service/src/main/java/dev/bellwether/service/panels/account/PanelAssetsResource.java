package dev.bellwether.service.panels.account;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /canvas/assets/css/NAME.css}: the panels' stylesheets from ui-templates. The policy's
 * {@code style-src 'self'} allows only these, so no page needs a request outside the service.
 */
@Path("canvas/assets")
public final class PanelAssetsResource {
  private static final String ROOT = "ui/css/";

  @GET
  @Path("css/{name}")
  public Response css(@PathParam("name") String name) {
    if (!name.matches("[a-z0-9-]+\\.css")) {
      return Response.status(404).build();
    }
    try (InputStream in = PanelAssetsResource.class.getClassLoader().getResourceAsStream(ROOT + name)) {
      if (in == null) {
        return Response.status(404).build();
      }
      return Response.ok(in.readAllBytes(), "text/css; charset=UTF-8")
          .header("Cache-Control", "public, max-age=3600")
          .header("X-Content-Type-Options", "nosniff").build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + ROOT + name, e);
    }
  }
}
