package dev.bellwether.connector.salesforce.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bellwether.connector.RecordError;
import dev.bellwether.connector.salesforce.values.Namespace;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sf__Error cell of failedResults, in the format Salesforce (and devorg) write it. */
class BulkErrorTextTest {

  @Test
  void aMessageWithColonsKeepsThemAndTheFieldsComeAfterTheLastColon() {
    assertEquals(List.of(new RecordError("REQUIRED_FIELD_MISSING", "Required fields are missing: [Name]",
        List.of("Name"), false)),
        BulkErrorText.parse("REQUIRED_FIELD_MISSING:Required fields are missing: [Name]:Name --", Namespace.NONE));
  }

  @Test
  void anErrorWithoutFieldsHasAnEmptyFieldList() {
    assertEquals(List.of(new RecordError("INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id", List.of(),
        false)), BulkErrorText.parse("INVALID_CROSS_REFERENCE_KEY:invalid cross reference id:--", Namespace.NONE));
  }

  @Test
  void aRowLockIsRetryableAndOtherCodesAreNot() {
    List<RecordError> errors = BulkErrorText.parse(
        "UNABLE_TO_LOCK_ROW:unable to obtain exclusive access to this record:--", Namespace.NONE);
    assertEquals(new RecordError("UNABLE_TO_LOCK_ROW", "unable to obtain exclusive access to this record",
        List.of(), true), errors.get(0));
  }

  @Test
  void severalErrorsInOneCellAreSplitAndNamespacedFieldsUnqualified() {
    List<RecordError> errors = BulkErrorText.parse("STRING_TOO_LONG:Summary: data value too large: abc (max "
        + "length=255):bw__Summary__c -- INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST:Band: bad value for restricted "
        + "picklist field: Purple:bw__Band__c Name --", new Namespace("bw"));
    assertEquals(List.of(
        new RecordError("STRING_TOO_LONG", "Summary: data value too large: abc (max length=255)",
            List.of("Summary__c"), false),
        new RecordError("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
            "Band: bad value for restricted picklist field: Purple", List.of("Band__c", "Name"), false)), errors);
  }

  @Test
  void textOutsideTheFormatBecomesOneUnknownError() {
    assertEquals(List.of(new RecordError("UNKNOWN_EXCEPTION", "something odd happened", List.of(), false)),
        BulkErrorText.parse("something odd happened", Namespace.NONE));
    assertEquals("UNKNOWN_EXCEPTION", BulkErrorText.parse("", Namespace.NONE).get(0).statusCode());
  }
}
