package dev.bellwether.devorg.rest;

import dev.bellwether.devorg.http.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A REST API version such as 64.0. devorg serves 31.0 (Summer '14, the oldest version
 * Salesforce still lists) to 65.0 (Winter '26).
 */
public record ApiVersion(int major) {
  public static final int OLDEST = 31;
  public static final int LATEST = 65;
  private static final Pattern SEGMENT = Pattern.compile("v?(\\d+)\\.(\\d+)");
  private static final String[] SEASONS = {"Summer", "Winter", "Spring"};

  /** "v64.0" or "64.0" → 64; a version Salesforce does not serve → 404 NOT_FOUND. */
  public static ApiVersion parse(String text) {
    Matcher m = text == null ? null : SEGMENT.matcher(text);
    if (m == null || !m.matches() || !m.group(2).equals("0")) {
      throw notFound();
    }
    int major;
    try {
      major = Integer.parseInt(m.group(1));
    } catch (NumberFormatException e) {
      throw notFound();
    }
    if (major < OLDEST || major > LATEST) {
      throw notFound();
    }
    return new ApiVersion(major);
  }

  /** Every served version, oldest first. */
  public static List<ApiVersion> all() {
    List<ApiVersion> out = new ArrayList<>();
    for (int v = OLDEST; v <= LATEST; v++) {
      out.add(new ApiVersion(v));
    }
    return out;
  }

  /** "64.0" */
  public String number() {
    return major + ".0";
  }

  /** "/services/data/v64.0" */
  public String root() {
    return "/services/data/v" + number();
  }

  /**
   * The release label. Three releases a year, each one version: 31.0 was Summer '14, 32.0
   * Winter '15 (Winter releases carry the next year), 33.0 Spring '15, and so on.
   */
  public String label() {
    int step = major - OLDEST;
    int year = 14 + (step + 2) / 3;
    return SEASONS[step % 3] + " '" + String.format("%02d", year);
  }

  /** True from this version on (e.g. upsert reports "created" from 46.0). */
  public boolean atLeast(int otherMajor) {
    return major >= otherMajor;
  }

  private static ApiException notFound() {
    return new ApiException(404, "NOT_FOUND", "The requested resource does not exist");
  }
}
