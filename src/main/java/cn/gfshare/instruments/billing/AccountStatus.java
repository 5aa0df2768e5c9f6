package cn.gfshare.instruments.billing;

/** Only ACTIVE accounts take new charges; CLOSED is final. */
public enum AccountStatus {
  ACTIVE,
  SUSPENDED,
  CLOSED
}
