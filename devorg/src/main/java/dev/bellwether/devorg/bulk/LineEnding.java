package dev.bellwether.devorg.bulk;

/** The line endings a Bulk API 2.0 job may declare (lineEnding). */
public enum LineEnding {
  LF("\n"),
  CRLF("\r\n");

  private final String characters;

  LineEnding(String characters) {
    this.characters = characters;
  }

  /** "\n" or "\r\n". */
  public String characters() {
    return characters;
  }

  /** The line ending with this exact name, or null. */
  public static LineEnding fromWire(String name) {
    for (LineEnding e : values()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    return null;
  }
}
