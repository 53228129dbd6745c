package dev.bellwether.service.panels.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessageCatalogTest {
  private final MessageCatalog catalog = new MessageCatalog();

  @Test
  void englishAndKoreanHaveTheSameKeys() {
    Set<String> en = catalog.keys("en");
    Set<String> ko = catalog.keys("ko");
    Set<String> onlyEn = new TreeSet<>(en);
    onlyEn.removeAll(ko);
    Set<String> onlyKo = new TreeSet<>(ko);
    onlyKo.removeAll(en);
    assertTrue(onlyEn.isEmpty() && onlyKo.isEmpty(), "only in en: " + onlyEn + ", only in ko: " + onlyKo);
    assertTrue(en.size() >= 10, en.toString());
  }

  @Test
  void koreanIsReadAsUtf8() {
    assertEquals("새로 고침", catalog.forLanguage("ko", Locale.KOREA).get("panel.refresh"));
  }

  @Test
  void languageIsChosenFromTheSalesforceValueWithEnglishFallback() {
    assertEquals("ko", catalog.forLanguage("ko", Locale.KOREA).language());
    assertEquals("ko", catalog.forLanguage("ko_KR", Locale.KOREA).language());
    assertEquals("en", catalog.forLanguage("en_US", Locale.US).language());
    assertEquals("en", catalog.forLanguage("ja", Locale.JAPAN).language());
    assertEquals("en", catalog.forLanguage(null, Locale.US).language());
  }

  @Test
  void argumentsAreFilledInAndUnknownKeysFail() {
    assertEquals("Viewing as Kim", catalog.forLanguage("en_US", Locale.US).format("panel.viewer", "Kim"));
    assertEquals("Kim(으)로 보는 중", catalog.forLanguage("ko", Locale.KOREA).format("panel.viewer", "Kim"));
    assertThrows(IllegalArgumentException.class, () -> catalog.forLanguage("en", Locale.US).get("no.such.key"));
  }
}
