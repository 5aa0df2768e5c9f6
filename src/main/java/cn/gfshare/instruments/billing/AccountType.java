package cn.gfshare.instruments.billing;

/** The kind of funding an account is. */
public enum AccountType {
  RESEARCH_GRANT,
  DEPARTMENT_BUDGET,
  ENTERPRISE_CONTRACT,
  PURCHASE_ORDER
}
