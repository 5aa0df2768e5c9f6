package cn.gfshare.instruments.billing;

/** A dispute is OPEN until a lab manager or finance accepts or rejects it. */
public enum DisputeStatus {
  OPEN,
  ACCEPTED,
  REJECTED
}
