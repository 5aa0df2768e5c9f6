package cn.gfshare.instruments.billing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** 经费账户: what charges are billed to. Finance creates, suspends and closes accounts. */
@Entity
@Table(name = "funding_account")
public class FundingAccount extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false)
  public String code;

  @Column(nullable = false)
  public String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public AccountType type;

  @Column(name = "institution_id", nullable = false)
  public Long institutionId;

  @Column(name = "pi_username", nullable = false)
  public String piUsername;

  @Column(name = "credit_limit", precision = 14, scale = 2)
  public BigDecimal creditLimit;

  @Column(name = "expires_on")
  public LocalDate expiresOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public AccountStatus status;

  @Column(name = "default_account", nullable = false)
  public boolean defaultAccount;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "created_by", nullable = false)
  public String createdBy;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Version public long version;

  @PrePersist
  void onCreate() {
    updatedAt = createdAt;
  }

  @PreUpdate
  void onUpdate() {
    updatedAt = Instant.now();
  }

  /** Active and not past its expiry on {@code day}. */
  public boolean chargeableOn(LocalDate day) {
    return status == AccountStatus.ACTIVE && (expiresOn == null || !day.isAfter(expiresOn));
  }

  public boolean isMember(String username) {
    return piUsername.equals(username) || AccountMember.isMember(id, username);
  }
}
