package dev.bellwether.connector.salesforce.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Salesforce API version text ("64.0") and the facts that hang on it. */
public final class ApiVersions {
  /** The oldest version the connector speaks (Bulk API 2.0 and the REST shapes it uses). */
  public static final int OLDEST_MAJOR = 31;
  /** The last version with SOAP login(); Salesforce removed it from 65.0 on. */
  public static final int LAST_WITH_SOAP_LOGIN = 64;
  private static final Pattern VERSION = Pattern.compile("(\\d{1,3})\\.0");

  private ApiVersions() {
  }

  /** The major number of a version like "64.0", or -1 when the text is not such a version. */
  public static int major(String version) {
    if (version == null) {
      return -1;
    }
    Matcher m = VERSION.matcher(version.trim());
    return m.matches() ? Integer.parseInt(m.group(1)) : -1;
  }

  /** True for a well-formed version the connector supports. */
  public static boolean isSupported(String version) {
    return major(version) >= OLDEST_MAJOR;
  }

  /** True when SOAP login() still exists at this version. */
  public static boolean hasSoapLogin(String version) {
    int major = major(version);
    return major >= 0 && major <= LAST_WITH_SOAP_LOGIN;
  }
}
