package dev.bellwether.service.ingest;

import java.util.Locale;

/** How a signal file is written: one JSON array of objects, one JSON object a line, or CSV with a header. */
public enum InputFormat {
  /** A JSON array of objects ({@code .json}, {@code application/json}). */
  JSON("json"),
  /** One JSON object a line ({@code .ndjson}, {@code .jsonl}, {@code application/x-ndjson}). */
  NDJSON("ndjson"),
  /** Comma-separated values with a header row ({@code .csv}, {@code text/csv}). */
  CSV("csv");

  private final String code;

  InputFormat(String code) {
    this.code = code;
  }

  /** The name {@code --format} takes. */
  public String code() {
    return code;
  }

  /** The format a {@code --format} value names, any case; null when none. */
  public static InputFormat fromCode(String code) {
    String lower = code.strip().toLowerCase(Locale.ROOT);
    for (InputFormat format : values()) {
      if (format.code.equals(lower)) {
        return format;
      }
    }
    return lower.equals("jsonl") ? NDJSON : null;
  }

  /** The format a file name's extension says; null when it says none. */
  public static InputFormat ofFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return JSON;
    }
    if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) {
      return NDJSON;
    }
    return lower.endsWith(".csv") ? CSV : null;
  }

  /** The format of an HTTP Content-Type (parameters such as charset ignored); null when none. */
  public static InputFormat ofMediaType(String contentType) {
    if (contentType == null) {
      return null;
    }
    int semicolon = contentType.indexOf(';');
    String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip()
        .toLowerCase(Locale.ROOT);
    return switch (type) {
      case "application/json" -> JSON;
      case "application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines" -> NDJSON;
      case "text/csv" -> CSV;
      default -> null;
    };
  }
}
