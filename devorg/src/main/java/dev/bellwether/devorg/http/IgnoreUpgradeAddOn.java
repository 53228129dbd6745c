package dev.bellwether.devorg.http;

import java.io.IOException;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.FilterChainEvent;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.HttpEvents.IncomingHttpUpgradeEvent;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.util.Header;

/**
 * Treats requests offering a protocol upgrade (Java's HttpClient sends "Upgrade: h2c" by
 * default) as plain HTTP/1.1. Grizzly otherwise stops framing the request body of an
 * upgrade request, so a POST hangs; Salesforce, too, simply answers such requests in
 * HTTP/1.1. devorg serves no upgraded protocol, so dropping the offer loses nothing.
 */
public final class IgnoreUpgradeAddOn implements AddOn {
  @Override
  public void setup(NetworkListener listener, FilterChainBuilder builder) {
    int codec = builder.indexOfType(HttpServerFilter.class);
    builder.add(codec + 1, new DropUpgrade());
  }

  /** Runs right after the HTTP codec parsed the headers of an upgrade request. */
  private static final class DropUpgrade extends BaseFilter {
    @Override
    public NextAction handleEvent(FilterChainContext ctx, FilterChainEvent event) throws IOException {
      if (event instanceof IncomingHttpUpgradeEvent upgrade) {
        HttpHeader header = upgrade.getHttpHeader();
        header.setIgnoreContentModifiers(false);
        header.getUpgradeDC().recycle();
        header.getHeaders().removeHeader(Header.Upgrade);
        return ctx.getStopAction();
      }
      return ctx.getInvokeAction();
    }
  }
}
