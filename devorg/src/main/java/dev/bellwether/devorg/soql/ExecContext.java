package dev.bellwether.devorg.soql;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.function.Function;

/**
 * What one execution shares while compiling its filters: the parent cache, "today" in the org's
 * time zone for date literals, and a way to run semi-join sub-selects.
 */
record ExecContext(ParentLookup parents, LocalDate today, ZoneId zone,
    Function<QueryPlan, Set<String>> subselect) {}
