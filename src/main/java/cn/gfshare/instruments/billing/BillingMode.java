package cn.gfshare.instruments.billing;

/** Which minutes a booking is billed for. */
public enum BillingMode {
  /** The minutes actually used (check-in to check-out, or as the lab recorded them). */
  ACTUAL,
  /** The minutes booked, however long the instrument was used. */
  BOOKED,
  /** The larger of the two: an early finish does not lower the bill, an overrun raises it. */
  GREATER_OF
}
