package dev.bellwether.service.canvas;

import java.util.regex.Pattern;

/**
 * Org ids compared on their case-sensitive 15-character form: Salesforce sends 18 characters (the
 * last three a case checksum) while admins often paste the 15 of the Setup page.
 */
final class OrgKey {
  private static final Pattern ID = Pattern.compile("00D[A-Za-z0-9]{12}([A-Za-z0-9]{3})?");

  private OrgKey() {}

  static boolean valid(String orgId) {
    return orgId != null && ID.matcher(orgId).matches();
  }

  static String of(String orgId) {
    return orgId.length() > 15 ? orgId.substring(0, 15) : orgId;
  }
}
