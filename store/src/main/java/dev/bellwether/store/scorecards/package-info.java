/**
 * Each org's health scorecards, kept as the YAML document an admin saved through the admin API;
 * the service parses and validates it, the store only keeps it.
 */
package dev.bellwether.store.scorecards;
