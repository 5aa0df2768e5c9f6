package cn.gfshare.instruments.billing;

/** What a charge is for. */
public enum ChargeKind {
  USAGE,
  LATE_CANCELLATION,
  NO_SHOW
}
