package dev.bellwether.devorg.soap;

import dev.bellwether.devorg.org.Org;
import dev.bellwether.devorg.store.Ids;
import dev.bellwether.devorg.store.StoredRecord;

/** Writes a GetUserInfoResult (login's userInfo and getUserInfo's result) in WSDL order. */
final class UserInfoWriter {
  /** devorg has one profile, System Administrator; its id is stable. */
  static final String PROFILE_ID = Ids.of("00e", 1);

  private UserInfoWriter() {}

  static void write(XmlWriter out, String tag, Org org, StoredRecord user) {
    out.open(tag)
        .element("accessibilityMode", false)
        .element("chatterExternal", false)
        .element("currencySymbol", "$")
        .element("orgAttachmentFileSizeLimit", 5_242_880)
        .element("orgDefaultCurrencyIsoCode", "USD")
        .element("orgDefaultCurrencyLocale", "en_US")
        .element("orgDisallowHtmlAttachments", false)
        .element("orgHasPersonAccounts", false)
        .element("organizationId", org.id())
        .element("organizationMultiCurrency", false)
        .element("organizationName", org.name())
        .element("profileId", PROFILE_ID)
        .nil("roleId")
        .element("sessionSecondsValid", org.sessions().secondsValid())
        // Salesforce leaves the user's currency nil unless the org is multi-currency.
        .nil("userDefaultCurrencyIsoCode")
        .element("userEmail", text(user, "Email", ""))
        .element("userFullName", text(user, "Name", ""))
        .element("userId", user.id())
        .element("userLanguage", text(user, "LanguageLocaleKey", "en_US"))
        .element("userLocale", text(user, "LocaleSidKey", "en_US"))
        .element("userName", text(user, "Username", ""))
        .element("userTimeZone", text(user, "TimeZoneSidKey", org.timeZone().getId()))
        .element("userType", text(user, "UserType", "Standard"))
        .element("userUiSkin", "Theme3")
        .close(tag);
  }

  private static String text(StoredRecord user, String field, String fallback) {
    Object v = user.get(field);
    return v == null ? fallback : v.toString();
  }
}
