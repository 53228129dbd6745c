package dev.bellwether.connector.salesforce.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Qualifying and unqualifying API names with the managed package's prefix. */
class NamespaceTest {
  private static final Namespace BW = new Namespace("bw");

  @Test
  void customObjectsFieldsAndRelationshipsGetThePrefix() {
    assertEquals("bw__CS_Health__c", BW.qualify("CS_Health__c"));
    assertEquals("bw__Score__c", BW.qualify("Score__c"));
    assertEquals("bw__Account__r", BW.qualify("Account__r"));
    assertEquals("bw__Setting__mdt", BW.qualify("Setting__mdt"));
    assertEquals("bw__Health_Changed__e", BW.qualify("Health_Changed__e"));
  }

  @Test
  void dottedPathsAreQualifiedPerSegment() {
    assertEquals("bw__Account__r.Name", BW.qualify("Account__r.Name"));
    assertEquals("bw__Plan__r.bw__Owner__r.Email", BW.qualify("Plan__r.Owner__r.Email"));
    assertEquals("Owner.Name", BW.qualify("Owner.Name"));
    assertEquals("Account.bw__Tier__c", BW.qualify("Account.Tier__c"));
  }

  @Test
  void standardAndAlreadyNamespacedNamesAreUnchanged() {
    assertEquals("Account", BW.qualify("Account"));
    assertEquals("Name", BW.qualify("Name"));
    assertEquals("other__X__c", BW.qualify("other__X__c"));
    assertEquals("bw__Score__c", BW.qualify("bw__Score__c"));
    assertEquals("other__Parent__r.Name", BW.qualify("other__Parent__r.Name"));
  }

  @Test
  void noneLeavesEveryNameAlone() {
    assertTrue(Namespace.NONE.isNone());
    assertEquals("", Namespace.NONE.prefix());
    assertEquals("CS_Health__c", Namespace.NONE.qualify("CS_Health__c"));
    assertEquals("Account__r.Name", Namespace.NONE.qualify("Account__r.Name"));
    assertEquals("bw__Score__c", Namespace.NONE.unqualify("bw__Score__c"));
  }

  @Test
  void unqualifyStripsOnlyOurPrefixPerSegment() {
    assertEquals("CS_Health__c", BW.unqualify("bw__CS_Health__c"));
    assertEquals("CS_Health__c", BW.unqualify("BW__CS_Health__c"));
    assertEquals("Account__r.Name", BW.unqualify("bw__Account__r.Name"));
    assertEquals("Plan__r.Owner__r.Email", BW.unqualify("bw__Plan__r.bw__Owner__r.Email"));
    assertEquals("other__X__c", BW.unqualify("other__X__c"));
    assertEquals("Account", BW.unqualify("Account"));
    assertEquals("bwx__Y__c", BW.unqualify("bwx__Y__c"));
  }

  @Test
  void qualifyThenUnqualifyIsIdentity() {
    for (String name : new String[] {"Account", "Score__c", "Account__r.Owner.Name", "other__X__c"}) {
      assertEquals(name, BW.unqualify(BW.qualify(name)), name);
    }
  }

  @Test
  void aMalformedPrefixIsRefused() {
    for (String bad : new String[] {"b w", "1bw", "bw__", "bw_", "a__b", "abcdefghijklmnop"}) {
      assertThrows(IllegalArgumentException.class, () -> new Namespace(bad), bad);
    }
    assertThrows(NullPointerException.class, () -> new Namespace(null));
  }
}
