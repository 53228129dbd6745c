package dev.bellwether.service.admin;

import java.io.IOException;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.FilterChainEvent;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpEvents.IncomingHttpUpgradeEvent;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.util.Header;

/**
 * Answers requests that offer a protocol upgrade ({@code Upgrade: h2c}, which Java's HttpClient
 * sends by default) in plain HTTP/1.1. Left alone, Grizzly stops framing such a request and its
 * response, and the client sees a broken connection. devorg's server does the same for the same
 * reason; the admin API cannot import devorg, a test-only module.
 */
final class IgnoreUpgradeOffers implements AddOn {
  @Override
  public void setup(NetworkListener listener, FilterChainBuilder builder) {
    builder.add(builder.indexOfType(HttpServerFilter.class) + 1, new DropOffer());
  }

  /** Sits right after the HTTP codec, which raises the upgrade event once the headers are parsed. */
  private static final class DropOffer extends BaseFilter {
    @Override
    public NextAction handleEvent(FilterChainContext ctx, FilterChainEvent event) throws IOException {
      if (!(event instanceof IncomingHttpUpgradeEvent upgrade)) {
        return ctx.getInvokeAction();
      }
      HttpHeader header = upgrade.getHttpHeader();
      header.setIgnoreContentModifiers(false);
      header.getUpgradeDC().recycle();
      header.getHeaders().removeHeader(Header.Upgrade);
      return ctx.getStopAction();
    }
  }
}
