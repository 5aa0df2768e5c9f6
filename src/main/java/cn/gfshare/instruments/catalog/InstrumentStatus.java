package cn.gfshare.instruments.catalog;

/** Lifecycle of an instrument; only ACTIVE ones take new bookings. */
public enum InstrumentStatus {
  ACTIVE,
  MAINTENANCE,
  RETIRED
}
