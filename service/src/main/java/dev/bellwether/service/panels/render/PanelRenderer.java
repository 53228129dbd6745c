package dev.bellwether.service.panels.render;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * Renders the templates of ui-templates ({@code ui/templates/NAME.vm}) with the escaping handler on
 * the engine, strict references (a misspelt or missing value fails the render rather than printing
 * "$name" to a user) and templates cached after the first load. Thread-safe: build one and share it.
 */
public final class PanelRenderer {
  /** Where templates live on the classpath. */
  public static final String TEMPLATES = "ui/templates/";
  private final VelocityEngine engine;

  public PanelRenderer() {
    Properties p = new Properties();
    p.setProperty(RuntimeConstants.RESOURCE_LOADERS, "class");
    p.setProperty(RuntimeConstants.RESOURCE_LOADER + ".class.class", ClasspathResourceLoader.class.getName());
    p.setProperty(RuntimeConstants.RESOURCE_LOADER + ".class.cache", "true");
    p.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
    p.setProperty(RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION, HtmlEscapingInsertion.class.getName());
    p.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
    p.setProperty(RuntimeConstants.SPACE_GOBBLING, "lines");
    engine = new VelocityEngine(p);
    engine.init();
  }

  /**
   * Renders a template.
   *
   * @param name the template's name without ".vm", e.g. "account"
   * @param model the values it references; each is escaped on insertion unless it is {@link SafeHtml}
   */
  public String render(String name, Map<String, Object> model) {
    if (!name.matches("[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException("not a template name: '" + name + "'");
    }
    Template template = engine.getTemplate(TEMPLATES + name + ".vm", "UTF-8");
    StringWriter out = new StringWriter(8192);
    template.merge(new VelocityContext(new HashMap<>(model)), out);
    return out.toString();
  }
}
