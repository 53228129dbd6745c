package dev.bellwether.devorg.soap;

/**
 * Writes response XML element by element, in exactly the order the caller asks for: the
 * partner WSDL's sequences are strict for WSC, so order is the caller's job and escaping is
 * this class's. Element names are written as given (prefix included).
 */
final class XmlWriter {
  private final StringBuilder out;

  XmlWriter(StringBuilder out) {
    this.out = out;
  }

  /** {@code <tag>}. */
  XmlWriter open(String tag) {
    out.append('<').append(tag).append('>');
    return this;
  }

  /** {@code <tag xsi:type="type">}. */
  XmlWriter open(String tag, String xsiType) {
    out.append('<').append(tag).append(" xsi:type=\"").append(xsiType).append("\">");
    return this;
  }

  /** {@code </tag>}. */
  XmlWriter close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /** {@code <tag>text</tag>}, or {@code <tag xsi:nil="true"/>} when text is null. */
  XmlWriter element(String tag, String text) {
    if (text == null) {
      return nil(tag);
    }
    out.append('<').append(tag).append('>');
    escape(text);
    out.append("</").append(tag).append('>');
    return this;
  }

  /** {@code <tag xsi:type="type">text</tag>}, or nil when text is null. */
  XmlWriter typed(String tag, String xsiType, String text) {
    if (text == null) {
      return nil(tag);
    }
    out.append('<').append(tag).append(" xsi:type=\"").append(xsiType).append("\">");
    escape(text);
    out.append("</").append(tag).append('>');
    return this;
  }

  XmlWriter element(String tag, boolean value) {
    return element(tag, Boolean.toString(value));
  }

  XmlWriter element(String tag, long value) {
    return element(tag, Long.toString(value));
  }

  /** Writes the element only when text is not null (for minOccurs="0" elements). */
  XmlWriter optional(String tag, String text) {
    return text == null ? this : element(tag, text);
  }

  /** {@code <tag xsi:nil="true"/>}. */
  XmlWriter nil(String tag) {
    out.append('<').append(tag).append(" xsi:nil=\"true\"/>");
    return this;
  }

  /** Markup the caller built itself (the envelope's fixed parts). */
  XmlWriter raw(String markup) {
    out.append(markup);
    return this;
  }

  /**
   * Escapes text content. Characters XML 1.0 cannot carry at all (most control characters,
   * lone surrogates) are dropped: a parse error in the client would cost the whole response.
   */
  private void escape(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&': out.append("&amp;"); break;
        case '<': out.append("&lt;"); break;
        case '>': out.append("&gt;"); break;
        case '"': out.append("&quot;"); break;
        case '\r': out.append("&#13;"); break;
        default:
          if (c < 0x20 && c != '\t' && c != '\n') {
            break;
          }
          if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (!Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF) {
            out.append(c);
          }
      }
    }
  }
}
