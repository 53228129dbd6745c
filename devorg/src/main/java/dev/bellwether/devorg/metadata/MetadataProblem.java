package dev.bellwether.devorg.metadata;

/**
 * Why one metadata component cannot be used, located as precisely as the source allows.
 *
 * @param fileName the file as its package names it (zip entry or project-relative path)
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 */
public record MetadataProblem(ComponentRef component, String fileName, int line, int column,
    String message) {

  /** A problem with a component, at a line of its file (0 when unknown). */
  public static MetadataProblem at(ComponentRef component, int line, String message) {
    return new MetadataProblem(component, component.fileName(), line, 0, message);
  }

  /** A problem with a component, at an element of its file. */
  public static MetadataProblem at(ComponentRef component, XmlElement element, String message) {
    return new MetadataProblem(component, component.fileName(), element.line(), element.column(),
        message);
  }

  /**
   * "objects/X.object: line 4: message", the form every surface shows. The column stays out of
   * the text (deploy results carry it apart, as columnNumber).
   */
  public String describe() {
    StringBuilder out = new StringBuilder(fileName);
    if (line > 0) {
      out.append(": line ").append(line);
    }
    return out.append(": ").append(message).toString();
  }
}
