package cn.gfshare.instruments.billing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** 对账单: one account's lines of one month. Its lines and total are fixed when it is created. */
@Entity
@Table(name = "statement")
public class Statement extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "account_id", nullable = false)
  public Long accountId;

  /** yyyy-MM, a calendar month in the statement zone. */
  @Column(nullable = false)
  public String period;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public StatementStatus status;

  /** 1 while live, null once VOID: the unique key (account, period, active_key). */
  @Column(name = "active_key")
  public Integer activeKey;

  @Column(nullable = false, precision = 14, scale = 2)
  public BigDecimal total;

  @Column(nullable = false)
  public String currency;

  @Column(name = "line_count", nullable = false)
  public int lineCount;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "created_by", nullable = false)
  public String createdBy;

  @Column(name = "issued_at")
  public Instant issuedAt;

  @Column(name = "issued_by")
  public String issuedBy;

  @Column(name = "paid_at")
  public Instant paidAt;

  @Column(name = "paid_by")
  public String paidBy;

  @Column(name = "voided_at")
  public Instant voidedAt;

  @Column(name = "voided_by")
  public String voidedBy;

  @Column(name = "void_reason")
  public String voidReason;

  @Column(name = "replaces_statement_id")
  public Long replacesStatementId;
}
