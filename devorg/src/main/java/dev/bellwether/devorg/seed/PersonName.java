package dev.bellwether.devorg.seed;

/**
 * A person's name as the CRM stores it, and the ASCII form used in e-mail addresses.
 *
 * @param emailLocalPart e.g. {@code jihoon.park} for 박지훈
 */
record PersonName(String firstName, String lastName, String emailLocalPart) {}
