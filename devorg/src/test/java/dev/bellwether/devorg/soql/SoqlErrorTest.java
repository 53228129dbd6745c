package dev.bellwether.devorg.soql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SoqlErrorTest {
  private static final String CUSTOM_FIELD_HINT = " If you are attempting to use a custom field, be sure to"
      + " append the '__c' after the custom field name. Please reference your WSDL or the describe call"
      + " for the appropriate names.";
  private final SampleOrg s = new SampleOrg();
  private final SoqlFixture org = s.org;

  @Test
  void missingConditionIsMalformedAtEndOfQuery() {
    SoqlException e = org.error("SELECT Id FROM Account WHERE");
    assertEquals("MALFORMED_QUERY", e.errorCode());
    assertEquals(1, e.row());
    assertEquals(29, e.column());
    assertEquals("\nSELECT Id FROM Account WHERE\n                            ^\nERROR at Row:1:Column:29\n"
        + "unexpected token: <EOF>", e.getMessage());
    assertEquals("unexpected token: <EOF>", e.detail());
  }

  @Test
  void unknownFieldIsInvalidFieldWithCaret() {
    SoqlException e = org.error("SELECT Foo FROM Account");
    assertEquals("INVALID_FIELD", e.errorCode());
    assertEquals("\nSELECT Foo FROM Account\n       ^\nERROR at Row:1:Column:8\n"
        + "No such column 'Foo' on entity 'Account'." + CUSTOM_FIELD_HINT, e.getMessage());
  }

  @Test
  void unknownObjectIsInvalidType() {
    SoqlException e = org.error("SELECT Id FROM Foo");
    assertEquals("INVALID_TYPE", e.errorCode());
    assertEquals("\nSELECT Id FROM Foo\n               ^\nERROR at Row:1:Column:16\n"
        + "sObject type 'Foo' is not supported. If you are attempting to use a custom object, be sure to"
        + " append the '__c' after the entity name. Please reference your WSDL or the describe call for the"
        + " appropriate names.", e.getMessage());
  }

  @Test
  void errorOnALaterLineEchoesThatLine() {
    SoqlException e = org.error("SELECT Id\nFROM Account\nWHERE Nmae = 'x'");
    assertEquals(3, e.row());
    assertEquals(7, e.column());
    assertEquals("\nWHERE Nmae = 'x'\n      ^\nERROR at Row:3:Column:7\nNo such column 'Nmae' on entity 'Account'."
        + CUSTOM_FIELD_HINT, e.getMessage());
  }

  @Test
  void longLinesAreEchoedAsAWindowOfWholeTokensAroundTheError() {
    SoqlException e = org.error("SELECT Id, Name, Industry, NumberOfEmployees, AnnualRevenue, Nope__c, BillingCity,"
        + " BillingState, BillingCountry FROM Account");
    assertEquals(62, e.column());
    assertEquals("\nNumberOfEmployees, AnnualRevenue, Nope__c, BillingCity, BillingState\n" + " ".repeat(34)
        + "^\nERROR at Row:1:Column:62\nNo such column 'Nope__c' on entity 'Account'." + CUSTOM_FIELD_HINT, e.getMessage());
  }

  @Test
  void parseReportsErrorsWithoutRunning() {
    SoqlException e = assertThrows(SoqlException.class, () -> org.engine().parse("SELECT Id FROM Nope__c"));
    assertEquals("INVALID_TYPE", e.errorCode());
  }

  static Stream<Arguments> errors() {
    return Stream.of(
        Arguments.of("SELEKT Id FROM Account", "MALFORMED_QUERY", 1, "unexpected token: 'SELEKT'"),
        Arguments.of("SELECT * FROM Account", "MALFORMED_QUERY", 8, "unexpected token: '*'"),
        Arguments.of("SELECT Id FROM Account LIMIT", "MALFORMED_QUERY", 29, "unexpected token: <EOF>"),
        Arguments.of("SELECT Id FROM Account WHERE Name = 'O'Brien'", "MALFORMED_QUERY", 40, "unexpected token: 'Brien'"),
        Arguments.of("SELECT Id FROM Account WHERE Name = 'abc", "MALFORMED_QUERY", 37, "unterminated string literal: 'abc"),
        Arguments.of("SELECT Id FROM Account WHERE Name = 'a\\qb'", "MALFORMED_QUERY", 37,
            "Invalid string literal ''a\\q'. Illegal character sequence '\\q' in string literal."),
        Arguments.of("SELECT Name n FROM Account", "MALFORMED_QUERY", 13, "unexpected token: 'n'"),
        Arguments.of("SELECT Id FROM Account WHERE Name = 'a' AND Industry = 'b' OR Rating = 'c'", "MALFORMED_QUERY", 60,
            "unexpected token: 'OR'"),
        Arguments.of("SELECT Id FROM Account WHERE Name = 'a' AND NOT Industry = 'b'", "MALFORMED_QUERY", 45,
            "unexpected token: 'NOT'"),
        Arguments.of("SELECT Id FROM Account WHERE CreatedDate = LAST_FORTNIGHT", "MALFORMED_QUERY", 44,
            "unexpected token: 'LAST_FORTNIGHT'"),
        Arguments.of("SELECT Id FROM Account WHERE CreatedDate = LAST_N_DAYS", "MALFORMED_QUERY", 55, "unexpected token: <EOF>"),
        Arguments.of("SELECT Id FROM Account WHERE CreatedDate > 2025-02-30T00:00:00Z", "MALFORMED_QUERY", 44,
            "Invalid date: 2025-02-30"),
        Arguments.of("SELECT Id FROM Account WHERE CreatedDate > 2025-01-01T00:00:00", "MALFORMED_QUERY", 44,
            "Invalid datetime: 2025-01-01T00:00:00 (a dateTime needs a time zone: Z, +hh:mm or -hh:mm)"),
        Arguments.of("SELECT Id FROM Account WHERE Name = :name", "MALFORMED_QUERY", 37,
            "Bind variables are only allowed in Apex code"),
        Arguments.of("SELECT Name, COUNT(Id) FROM Account", "MALFORMED_QUERY", 8, "Field must be grouped or aggregated: Name"),
        Arguments.of("SELECT Industry, Name FROM Account GROUP BY Industry", "MALFORMED_QUERY", 18,
            "Field must be grouped or aggregated: Name"),
        Arguments.of("SELECT CALENDAR_YEAR(CreatedDate) FROM Account", "MALFORMED_QUERY", 8,
            "Field must be grouped or aggregated: CALENDAR_YEAR(CreatedDate)"),
        Arguments.of("SELECT Industry FROM Account GROUP BY Industry HAVING Name = 'x'", "MALFORMED_QUERY", 55,
            "Field must be grouped or aggregated: Name"),
        Arguments.of("SELECT SUM(Name) FROM Account", "MALFORMED_QUERY", 8, "field Name does not support aggregate operator SUM"),
        Arguments.of("SELECT COUNT(), Name FROM Account", "MALFORMED_QUERY", 8, "COUNT() must be the only element in the SELECT list"),
        Arguments.of("SELECT CreatedDate, COUNT(Id) FROM Account GROUP BY CreatedDate", "INVALID_FIELD", 53,
            "field 'CreatedDate' can not be grouped in a query call"),
        Arguments.of("SELECT Id FROM Account WHERE COUNT(Id) > 1", "MALFORMED_QUERY", 30,
            "Aggregate function COUNT can only be used in the SELECT list, HAVING or ORDER BY of an aggregate query"),
        Arguments.of("SELECT Id FROM Account WHERE NumberOfEmployees = 'abc'", "INVALID_FIELD", 30,
            "value of filter criterion for field 'NumberOfEmployees' must be of type integer and should not be enclosed in quotes"),
        Arguments.of("SELECT Id FROM Opportunity WHERE CloseDate = '2025-01-01'", "INVALID_FIELD", 34,
            "value of filter criterion for field 'CloseDate' must be of type date and should not be enclosed in quotes"),
        Arguments.of("SELECT Id FROM Account WHERE CreatedDate > 2025-01-01", "INVALID_FIELD", 30,
            "value of filter criterion for field 'CreatedDate' must be of type dateTime and should not be enclosed in quotes"),
        Arguments.of("SELECT Id FROM Opportunity WHERE CloseDate > 2025-01-01T00:00:00Z", "INVALID_FIELD", 34,
            "value of filter criterion for field 'CloseDate' must be of type date and should not be enclosed in quotes"),
        Arguments.of("SELECT Id FROM Account WHERE Name = 5", "INVALID_FIELD", 30,
            "value of filter criterion for field 'Name' must be of type string and should be enclosed in quotes"),
        Arguments.of("SELECT Id FROM Account WHERE IsDeleted = 'true'", "INVALID_FIELD", 30,
            "value of filter criterion for field 'IsDeleted' must be of type boolean and should not be enclosed in quotes"),
        Arguments.of("SELECT Id FROM Account WHERE AnnualRevenue IN (1, '2')", "INVALID_FIELD", 30,
            "value of filter criterion for field 'AnnualRevenue' must be of type double and should not be enclosed in quotes"),
        Arguments.of("SELECT Id FROM Account WHERE Owner.Name = 1", "INVALID_FIELD", 30,
            "value of filter criterion for field 'Owner.Name' must be of type string and should be enclosed in quotes"),
        Arguments.of("SELECT Owner.Foo FROM Account", "INVALID_FIELD", 8, "No such column 'Foo' on entity 'User'." + CUSTOM_FIELD_HINT),
        Arguments.of("SELECT Foo.Name FROM Account", "INVALID_FIELD", 8,
            "Didn't understand relationship 'Foo' in field path. If you are attempting to use a custom relationship,"
                + " be sure to append the '__r' after the custom relationship name. Please reference your WSDL or"
                + " the describe call for the appropriate names."),
        Arguments.of("SELECT Owner FROM Account", "INVALID_FIELD", 8, "No such column 'Owner' on entity 'Account'." + CUSTOM_FIELD_HINT),
        Arguments.of("SELECT Owner.Manager.Manager.Manager.Manager.Manager.Name FROM Account", "MALFORMED_QUERY", 8,
            "SOQL statements cannot query relationships that are more than 5 levels away from the root entity object."),
        Arguments.of("SELECT Id, Name, id FROM Account", "INVALID_FIELD", 18, "duplicate field selected: Id"),
        Arguments.of("SELECT Id, FIELDS(STANDARD) FROM Account", "INVALID_FIELD", 12, "duplicate field selected: Id"),
        Arguments.of("SELECT FIELDS(ALL) FROM Account", "MALFORMED_QUERY", 8, "The SOQL FIELDS function must have a LIMIT of at most 200"),
        Arguments.of("SELECT Id FROM Account WHERE Description = 'x'", "INVALID_FIELD", 30,
            "field 'Description' can not be filtered in a query call"),
        Arguments.of("SELECT Id FROM Account ORDER BY Description", "INVALID_FIELD", 33,
            "field 'Description' can not be sorted in a query call"),
        Arguments.of("SELECT Id FROM Account WHERE Id = 'abc'", "INVALID_QUERY_FILTER_OPERATOR", 35, "invalid ID field: abc"),
        Arguments.of("SELECT Id FROM Account WHERE IsDeleted > true", "INVALID_QUERY_FILTER_OPERATOR", 40,
            "invalid operator > on field IsDeleted of type boolean"),
        Arguments.of("SELECT Id FROM Account WHERE NumberOfEmployees INCLUDES (1)", "INVALID_QUERY_FILTER_OPERATOR", 48,
            "invalid operator INCLUDES on field NumberOfEmployees of type integer"),
        Arguments.of("SELECT Id FROM Account OFFSET 2001", "NUMBER_OUTSIDE_VALID_RANGE", 31, "Maximum SOQL offset allowed is 2000"),
        Arguments.of("SELECT Id FROM Account LIMIT 2147483648", "MALFORMED_QUERY", 30, "numeric value out of range: 2147483648"),
        Arguments.of("SELECT Id FROM Account WHERE Id IN (SELECT Name FROM Opportunity)", "MALFORMED_QUERY", 37,
            "A semi join sub-select must select exactly one Id or reference field"),
        Arguments.of("SELECT Id FROM Account WHERE Name IN (SELECT AccountId FROM Opportunity)", "MALFORMED_QUERY", 30,
            "The left operand of a semi join must be an Id or reference field: Name"),
        Arguments.of("SELECT Id FROM Account WHERE Id IN (SELECT AccountId FROM Nope)", "INVALID_TYPE", 59,
            "sObject type 'Nope' is not supported. If you are attempting to use a custom object, be sure to"
                + " append the '__c' after the entity name. Please reference your WSDL or the describe call for the"
                + " appropriate names."),
        Arguments.of("SELECT Id, (SELECT Id FROM Nopes) FROM Account", "INVALID_TYPE", 28,
            "Didn't understand relationship 'Nopes' in FROM part of query call. If you are attempting to use a"
                + " custom relationship, be sure to append the '__r' after the custom relationship name. Please"
                + " reference your WSDL or the describe call for the appropriate names."),
        Arguments.of("SELECT Id, (SELECT COUNT() FROM Contacts) FROM Account", "MALFORMED_QUERY", 13,
            "Aggregate queries are not supported in child relationship sub-selects"),
        Arguments.of("SELECT Industry, (SELECT Id FROM Contacts) FROM Account GROUP BY Industry", "MALFORMED_QUERY", 18,
            "Child relationship sub-selects are not allowed in aggregate queries"),
        Arguments.of("SELECT Id FROM Account WHERE CALENDAR_YEAR(Name) = 2025", "INVALID_FIELD", 44,
            "Invalid field type for date function CALENDAR_YEAR: Name is of type string"),
        Arguments.of("SELECT FORMAT(Name) FROM Account", "MALFORMED_QUERY", 8, "Unknown or unsupported function: FORMAT"),
        Arguments.of("SELECT Id FROM Account WITH DATA CATEGORY Geo__c AT usa__c", "MALFORMED_QUERY", 29, "unexpected token: 'DATA'"),
        Arguments.of("", "MALFORMED_QUERY", 1, "unexpected token: <EOF>"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("errors")
  void errorsCarrySalesforceCodePositionAndDetail(String soql, String code, int column, String detail) {
    SoqlException e = org.error(soql);
    assertEquals(code, e.errorCode(), e::getMessage);
    assertEquals(detail, e.detail());
    assertEquals(1, e.row());
    assertEquals(column, e.column(), e::getMessage);
    assertEquals(true, e.getMessage().endsWith("ERROR at Row:1:Column:" + column + "\n" + detail), e::getMessage);
  }
}
