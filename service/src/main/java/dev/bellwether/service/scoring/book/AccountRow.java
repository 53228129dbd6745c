package dev.bellwether.service.scoring.book;

import java.time.Instant;
import java.util.Map;

/**
 * An account as scoring sees it: its owner (the CSM), the segment its scorecard follows, when
 * Bellwether last wrote CS_Last_Scored__c on it (null when never), and the stored values of the
 * fields a scoring run writes (so unchanged results skip the write path entirely).
 */
public record AccountRow(String id, String name, String ownerId, String segment, Instant lastScored,
    Map<String, Object> fields) {}
