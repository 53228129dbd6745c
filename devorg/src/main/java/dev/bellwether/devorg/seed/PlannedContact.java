package dev.bellwether.devorg.seed;

/** A contact before it has an Id; index 0 is the champion, index 1 the executive sponsor. */
record PlannedContact(PersonName name, String title, String email, String phone) {}
