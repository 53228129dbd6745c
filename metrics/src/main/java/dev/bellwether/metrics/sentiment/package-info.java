/** Survey answers and the sentiment metrics over them: NPS and CSAT. */
package dev.bellwether.metrics.sentiment;
