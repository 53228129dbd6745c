/**
 * Turns the store's signal aggregates (usage, surveys, invoices, grouped in SQL) and the CRM book
 * (cases, tasks, contacts, contracts) into each account's {@code AccountSignals} on a day.
 */
package dev.bellwether.service.scoring.signals;
