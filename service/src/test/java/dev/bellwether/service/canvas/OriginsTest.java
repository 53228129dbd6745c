package dev.bellwether.service.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OriginsTest {

  @Test
  void originsDropPathDefaultPortAndCase() {
    assertEquals(Optional.of("https://acme.my.salesforce.com"), Origins.of("HTTPS://Acme.my.salesforce.com:443/x?y"));
    assertEquals(Optional.of("http://127.0.0.1:8123"), Origins.of("http://127.0.0.1:8123/lightning/r/Account/1/view"));
  }

  @Test
  void anythingButAnHttpOriginIsRefused() {
    for (String bad : new String[] {null, "", "/relative", "javascript:alert(1)", "https://a b.example",
        "https://*.example.com", "https://x.example;script-src", "ftp://x.example", "https://user@x.example"}) {
      assertEquals(Optional.empty(), Origins.of(bad), String.valueOf(bad));
    }
  }
}
