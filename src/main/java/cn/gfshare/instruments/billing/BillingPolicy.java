package cn.gfshare.instruments.billing;

import cn.gfshare.instruments.common.Money;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A lab's billing settings for one resource; null columns fall back to the platform default. */
@Entity
@Table(name = "billing_policy")
public class BillingPolicy extends PanacheEntityBase {
  @Id
  @Column(name = "resource_id")
  public Long resourceId;

  @Enumerated(EnumType.STRING)
  @Column(name = "billing_mode")
  public BillingMode mode;

  @Column(name = "increment_minutes")
  public Integer incrementMinutes;

  @Column(name = "minimum_charge", precision = 12, scale = 2)
  public BigDecimal minimumCharge;

  @Enumerated(EnumType.STRING)
  @Column(name = "penalty_kind")
  public PenaltyKind penaltyKind;

  @Column(name = "penalty_percent", precision = 5, scale = 2)
  public BigDecimal penaltyPercent;

  @Column(name = "penalty_fixed", precision = 12, scale = 2)
  public BigDecimal penaltyFixed;

  @Column(name = "account_required")
  public Boolean accountRequired;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  public String updatedBy;

  /** The policy in force for a resource: its own settings over the defaults. */
  public static Policy effective(long resourceId, BillingConfig.Defaults d) {
    BillingPolicy p = findById(resourceId);
    return new Policy(
        p != null && p.mode != null ? p.mode : d.mode(),
        p != null && p.incrementMinutes != null ? p.incrementMinutes : d.incrementMinutes(),
        Money.of(p != null && p.minimumCharge != null ? p.minimumCharge : d.minimumCharge()),
        p != null && p.penaltyKind != null ? p.penaltyKind : d.penaltyKind(),
        p != null && p.penaltyPercent != null ? p.penaltyPercent : d.penaltyPercent(),
        Money.of(p != null && p.penaltyFixed != null ? p.penaltyFixed : d.penaltyFixed()),
        p != null && p.accountRequired != null ? p.accountRequired : d.accountRequired());
  }
}
