package dev.bellwether.service.panels.render;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * Escapes every value a template inserts, so no template escapes by hand and none can forget to;
 * {@link SafeHtml} built in Java is the one exception. Installed on the engine, not per template.
 */
public final class HtmlEscapingInsertion implements ReferenceInsertionEventHandler {

  @Override
  public Object referenceInsert(Context context, String reference, Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof SafeHtml safe) {
      return safe.html();
    }
    return HtmlText.escape(value.toString());
  }
}
