package dev.bellwether.service.reports;

import dev.bellwether.metrics.churn.ChurnReason;
import dev.bellwether.metrics.churn.ChurnReasonCode;
import dev.bellwether.metrics.churn.ChurnReasonTaxonomy;
import dev.bellwether.metrics.churn.ChurnRecord;
import dev.bellwether.metrics.churn.ChurnedAccount;
import dev.bellwether.metrics.money.Money;
import dev.bellwether.service.scoring.book.AccountRow;
import dev.bellwether.service.scoring.book.ChurnReasonRow;
import dev.bellwether.service.scoring.book.CrmBook;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The CS_Churn_Reason__c records of a book as the churn analysis reads them, with the taxonomy
 * they use and notes on the records it had to leave out or complete.
 *
 * <p>A reason that is not one of the defaults was added to the picklist by an admin: it joins the
 * taxonomy with the Controllable__c flag of the first record giving it as primary reason, and as
 * controllable when no record says. A record without a churn date cannot be placed in a range and
 * one without a primary reason explains nothing: both are left out (so a churned account whose
 * only record is like that stays on the missing-reasons list). A record without ARR lost takes
 * the ARR its account lost by the contracts, when it churned in the range, else zero.
 */
record ChurnRecords(ChurnReasonTaxonomy taxonomy, List<ChurnRecord> records, List<String> notes) {

  static ChurnRecords of(CrmBook crm, Collection<ChurnedAccount> churned, String currency) {
    ChurnReasonTaxonomy taxonomy = taxonomy(crm.churnReasons());
    Map<String, BigDecimal> lostByAccount = new HashMap<>();
    churned.forEach(a -> lostByAccount.merge(a.accountId(), a.arrLost().amount(), BigDecimal::add));
    List<ChurnRecord> records = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (ChurnReasonRow row : crm.churnReasons()) {
      String name = describe(row);
      if (row.churnDate() == null) {
        notes.add(name + " has no Churn_Date__c: left out");
        continue;
      }
      if (blank(row.primaryReason())) {
        notes.add(name + " has no Primary_Reason__c: left out, its account counts as missing a reason");
        continue;
      }
      BigDecimal lost = row.arrLost();
      if (lost == null) {
        lost = lostByAccount.getOrDefault(row.accountId(), BigDecimal.ZERO);
        notes.add(name + " has no ARR_Lost__c: counted with " + Figures.display(lost, MetricUnit.MONEY) + " "
            + currency + " from the account's contracts");
      } else if (lost.signum() < 0) {
        notes.add(name + " has a negative ARR_Lost__c (" + lost.toPlainString() + "): counted as 0");
        lost = BigDecimal.ZERO;
      }
      AccountRow account = crm.accounts().get(row.accountId());
      records.add(new ChurnRecord(row.accountId() == null ? "" : row.accountId(),
          account == null ? "" : account.segment(), account == null ? "" : crm.ownerName(account.ownerId()),
          taxonomy.reason(row.primaryReason()),
          blank(row.secondaryReason()) ? Optional.empty() : Optional.of(taxonomy.reason(row.secondaryReason())),
          new Money(lost, currency), row.churnDate(), Optional.ofNullable(row.competitor())));
    }
    return new ChurnRecords(taxonomy, List.copyOf(records), List.copyOf(notes));
  }

  /** The defaults plus every other reason the records use. */
  static ChurnReasonTaxonomy taxonomy(List<ChurnReasonRow> rows) {
    Map<String, ChurnReason> extras = new LinkedHashMap<>();
    for (ChurnReasonRow row : rows) {
      addExtra(extras, row.primaryReason(), row.controllable() == null || row.controllable());
    }
    for (ChurnReasonRow row : rows) {
      addExtra(extras, row.secondaryReason(), true);
    }
    return ChurnReasonTaxonomy.withExtras(extras.values());
  }

  private static void addExtra(Map<String, ChurnReason> extras, String value, boolean controllable) {
    if (blank(value) || isDefault(value)) {
      return;
    }
    extras.putIfAbsent(value.strip().toLowerCase(Locale.ROOT), new ChurnReason(value, controllable));
  }

  private static boolean isDefault(String value) {
    for (ChurnReasonCode code : ChurnReasonCode.values()) {
      if (code.picklistValue().equalsIgnoreCase(value.strip())) {
        return true;
      }
    }
    return false;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static String describe(ChurnReasonRow row) {
    return "CS_Churn_Reason__c " + (row.crmId() != null ? row.crmId() : row.externalId()) + " (account "
        + row.accountId() + ")";
  }
}
