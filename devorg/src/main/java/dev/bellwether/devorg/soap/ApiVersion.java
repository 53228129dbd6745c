package dev.bellwether.devorg.soap;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API version in a partner URL (/services/Soap/u/64.0). Versions up to 30.0 are retired
 * (Salesforce answers UNSUPPORTED_API_VERSION) and login() is gone from 65.0 on.
 */
record ApiVersion(int major, int minor) {
  private static final Pattern FORM = Pattern.compile("(\\d{1,3})\\.(\\d)");
  /** The oldest version Salesforce still serves. */
  private static final int OLDEST_MAJOR = 31;
  /** The first version without SOAP login(). */
  private static final int NO_LOGIN_MAJOR = 65;

  /** Parses "64.0"; a UNSUPPORTED_API_VERSION fault for anything else or a retired version. */
  static ApiVersion parse(String text) {
    Matcher m = FORM.matcher(text == null ? "" : text);
    if (!m.matches()) {
      throw SoapFault.unexpected("UNSUPPORTED_API_VERSION", "Invalid Api version specified on URL: " + text);
    }
    ApiVersion v = new ApiVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    if (v.major < OLDEST_MAJOR) {
      throw SoapFault.unexpected("UNSUPPORTED_API_VERSION",
          "Invalid Api version specified on URL: " + text + " (API versions 30.0 and earlier are retired)");
    }
    return v;
  }

  /** False from 65.0 on: username/password login() was removed from the partner API there. */
  boolean allowsLogin() {
    return major < NO_LOGIN_MAJOR;
  }

  @Override
  public String toString() {
    return major + "." + minor;
  }
}
