package dev.bellwether.devorg.bulk;

/** The column delimiters a Bulk API 2.0 job may declare (columnDelimiter). */
public enum ColumnDelimiter {
  COMMA(','),
  TAB('\t'),
  PIPE('|'),
  SEMICOLON(';'),
  CARET('^'),
  BACKQUOTE('`');

  private final char character;

  ColumnDelimiter(char character) {
    this.character = character;
  }

  public char character() {
    return character;
  }

  /** The delimiter with this exact name, or null. */
  public static ColumnDelimiter fromWire(String name) {
    for (ColumnDelimiter d : values()) {
      if (d.name().equals(name)) {
        return d;
      }
    }
    return null;
  }
}
