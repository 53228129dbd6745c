/**
 * The deterministic demo seed: a believable B2B SaaS book of business for the devorg.
 *
 * <p>{@link dev.bellwether.devorg.seed.DemoSeed} inserts Users, Accounts, Contacts, Contracts,
 * Opportunities, Cases and Tasks through a {@link dev.bellwether.devorg.seed.SeedSink}, then
 * writes three signal files that the Bellwether service ingests. Everything follows from the
 * seed number and "today"; no clock is read.
 *
 * <h2>The story</h2>
 * Three years up to today. Every customer starts with a won New Business opportunity and an
 * activated contract; at each term end it renews (won Renewal, new contract, sometimes up- or
 * downsold) or churns (lost Renewal, no contract; about 10% logo churn a year, most in SMB).
 * Some terms gain a co-termed Existing Business add-on. Renewals due in the next 120 days are
 * open. About 10% of current customers are quietly at risk. Amounts are USD; an opportunity's
 * Amount is its total contract value. A Renewal's ContractId is the contract it renews, a New or
 * Existing Business one's the contract it sold.
 *
 * <h2>Signal files</h2>
 * All UTF-8. Ids are the 18-character Ids the sink returned.
 * <ul>
 *   <li>{@code usage.ndjson}: one JSON object per line (LF), grouped by account. Two kinds:
 *       <pre>{"type":"milestone","account_id":"001…","event":"first_report_shared","occurred_at":"2025-03-04T10:15:02Z"}
 * {"type":"weekly","account_id":"001…","week_start":"2026-01-05","feature":"dashboards","active_users":12,"events":340,"licensed_seats":40}</pre>
 *       Milestone events: first_login, kickoff_completed, first_dashboard_created,
 *       integration_connected, first_report_shared (the value event for time to first value),
 *       first_automation_enabled, onboarding_completed. Weekly rows cover the last 52 complete
 *       weeks (week_start is a Monday); features are dashboards, reports, integrations and
 *       automations (the key features), api and mobile. A missing row means no use that week.
 *   <li>{@code surveys.csv}: header {@code account_id,contact_id,survey,score,answered_at,comment};
 *       survey is NPS (score 0–10) or CSAT (1–5); answered_at an ISO-8601 instant; comment may
 *       be empty.
 *   <li>{@code invoices.csv}: header
 *       {@code account_id,invoice_number,issued_on,due_on,amount,currency,paid_on}; dates are
 *       ISO-8601; amount has two decimals; paid_on is empty while unpaid.
 * </ul>
 * CSV follows RFC 4180: CRLF line ends, fields holding a comma, quote or line break are quoted,
 * inner quotes doubled.
 */
package dev.bellwether.devorg.seed;
