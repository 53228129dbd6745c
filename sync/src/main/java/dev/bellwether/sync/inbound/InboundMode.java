package dev.bellwether.sync.inbound;

/** The two ways an inbound run reads an object. */
public enum InboundMode {
  /** Every live record, because no complete load was stored yet. */
  FIRST_LOAD,
  /** Records changed and deleted since the watermark. */
  INCREMENTAL
}
