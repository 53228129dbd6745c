package dev.bellwether.devorg.canvas;

/**
 * The markup that loads a Canvas app the way Salesforce does: a named iframe, a hidden form that
 * POSTs signed_request (application/x-www-form-urlencoded) into it, and a one-line script that
 * submits the form, so the app receives a real browser POST rather than a GET with a token.
 */
public final class CanvasFrames {
  /** The iframe height; the signed request reports the same value in environment.dimensions. */
  public static final int HEIGHT_PX = 600;

  private CanvasFrames() {}

  /** A card holding one app's frame; index makes the frame and form names unique on the page. */
  public static String card(CanvasAppProfile app, String signedRequest, int index) {
    String frame = "canvas-frame-" + index;
    String form = "canvas-form-" + index;
    return "<article class=\"card canvas-card\" data-canvas-app=\"" + Html.esc(app.developerName()) + "\">"
        + "<header class=\"card-header\"><span class=\"icon icon-canvas\">&#9638;</span>"
        + "<h2>" + Html.esc(app.app().name()) + "</h2></header>"
        + "<div class=\"canvas-body\">"
        + "<form id=\"" + form + "\" class=\"canvas-form\" method=\"POST\" action=\""
        + Html.esc(app.canvasUrl()) + "\" target=\"" + frame
        + "\" enctype=\"application/x-www-form-urlencoded\">"
        + "<input type=\"hidden\" name=\"signed_request\" value=\"" + Html.esc(signedRequest) + "\">"
        + "</form>"
        + "<iframe name=\"" + frame + "\" id=\"" + frame + "\" title=\"" + Html.esc(app.app().name())
        + "\" width=\"100%\" height=\"" + HEIGHT_PX + "\" frameborder=\"0\" scrolling=\"auto\"></iframe>"
        + "<script>document.getElementById('" + form + "').submit();</script>"
        + "</div></article>";
  }
}
