package dev.bellwether.service.scoring.book;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The CRM side of an org's book as one scoring run reads it.
 *
 * @param accounts every live account, by id, in id order
 * @param contracts every live contract, priced by {@link ContractPricing}
 * @param opportunities every live opportunity
 * @param casesByAccount support cases per account
 * @param engagementByAccount days of completed Tasks with the account or its contacts (Bellwether's own
 *     reminders left out), ascending
 * @param championsByAccount champion and sponsor contacts per account, gone ones included
 * @param renewalRecords CS_Renewal__c records by external id
 * @param churnReasons CS_Churn_Reason__c records
 * @param userNames user names by id, for owner columns
 */
public record CrmBook(
    Map<String, AccountRow> accounts,
    List<ContractRow> contracts,
    List<OpportunityRow> opportunities,
    Map<String, List<CaseRow>> casesByAccount,
    Map<String, List<LocalDate>> engagementByAccount,
    Map<String, List<ContactRow>> championsByAccount,
    Map<String, RenewalRecordRow> renewalRecords,
    List<ChurnReasonRow> churnReasons,
    Map<String, String> userNames) {

  /** The owner's name, or the id when the user is not known. */
  public String ownerName(String ownerId) {
    return ownerId == null ? "" : userNames.getOrDefault(ownerId, ownerId);
  }
}
