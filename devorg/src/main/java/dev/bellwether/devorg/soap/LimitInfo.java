package dev.bellwether.devorg.soap;

/** The API REQUESTS usage reported in LimitInfoHeader after a call was counted. */
record LimitInfo(long current, long limit) {}
