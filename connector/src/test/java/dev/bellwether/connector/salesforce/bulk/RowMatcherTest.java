package dev.bellwether.connector.salesforce.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Result rows come back in any order and under a header with sf__ columns added. */
class RowMatcherTest {

  @Test
  void rowsAreFoundByTheirKeyWhateverTheOrderAndColumnPositions() {
    RowMatcher m = new RowMatcher(new String[] {"Id", "Name"}, new String[] {"Id"});
    m.add(new String[] {"001A", "a"}, 0);
    m.add(new String[] {"001B", "b"}, 1);
    m.add(new String[] {"001C", "c"}, 2);
    RowMatcher.Lookup ok = m.under(new String[] {"sf__Id", "sf__Created", "NAME", "ID"});
    assertEquals(2, ok.take(new String[] {"001C", "false", "c", "001C"}));
    assertEquals(0, ok.take(new String[] {"001A", "false", "a", "001A"}));
    assertEquals(-1, ok.take(new String[] {"001Z", "false", "z", "001Z"}), "no such uploaded row");
    assertEquals(List.of(1), m.unmatched());
  }

  @Test
  void identicalRowsOfAnInsertAreHandedOutInInputOrder() {
    RowMatcher m = new RowMatcher(new String[] {"Name", "Phone"}, new String[0]);
    m.add(new String[] {"Twin", ""}, 0);
    m.add(new String[] {"Other", ""}, 1);
    m.add(new String[] {"Twin", ""}, 2);
    RowMatcher.Lookup ok = m.under(new String[] {"sf__Id", "sf__Created", "Name", "Phone"});
    assertEquals(0, ok.take(new String[] {"001X", "true", "Twin", ""}));
    assertEquals(2, ok.take(new String[] {"001Y", "true", "Twin", ""}));
    assertEquals(-1, ok.take(new String[] {"001Z", "true", "Twin", ""}));
    assertEquals(List.of(1), m.unmatched());
  }

  @Test
  void aResultHeaderWithoutTheKeyColumnCannotBeUsed() {
    RowMatcher m = new RowMatcher(new String[] {"Ext_Id__c", "Name"}, new String[] {"Ext_Id__c"});
    assertFalse(m.under(new String[] {"sf__Id", "sf__Error", "Name"}).usable());
  }
}
