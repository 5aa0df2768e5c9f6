package cn.gfshare.instruments.billing;

/** How a late cancellation or a no-show is charged. */
public enum PenaltyKind {
  /** A share of what the booking would have cost as booked. */
  PERCENT,
  /** A fixed fee per booking. */
  FIXED
}
