package cn.gfshare.instruments.billing;

/** What a ledger entry does: charges, takes a charge back, or charges again in its place. */
public enum EntryRole {
  CHARGE,
  REVERSAL,
  REPLACEMENT
}
