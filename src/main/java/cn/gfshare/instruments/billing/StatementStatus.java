package cn.gfshare.instruments.billing;

/** DRAFT → ISSUED → PAID, or VOID (from DRAFT or ISSUED); never edited. */
public enum StatementStatus {
  DRAFT,
  ISSUED,
  PAID,
  VOID
}
