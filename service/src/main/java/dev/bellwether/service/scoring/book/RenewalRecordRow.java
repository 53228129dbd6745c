package dev.bellwether.service.scoring.book;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A CS_Renewal__c already in the store: the fields a CSM owns are kept, never recomputed.
 *
 * @param crmId the record's CRM id, null while Bellwether's create has not been read back
 * @param fields every stored field value, to skip writes that would change nothing
 */
public record RenewalRecordRow(String crmId, String externalId, String accountId, String forecastCategory,
    String status, BigDecimal renewedArr, Map<String, Object> fields) {}
