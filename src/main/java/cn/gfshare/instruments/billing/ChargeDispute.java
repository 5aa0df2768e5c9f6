package cn.gfshare.instruments.billing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A payer's objection to one ledger entry; one per entry, resolved once. */
@Entity
@Table(name = "charge_dispute")
public class ChargeDispute extends PanacheEntityBase {
  @Id
  @Column(name = "entry_id")
  public Long entryId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public DisputeStatus status;

  @Column(nullable = false)
  public String reason;

  @Column(name = "opened_by", nullable = false)
  public String openedBy;

  @Column(name = "opened_at", nullable = false)
  public Instant openedAt;

  public String resolution;

  @Column(name = "resolved_by")
  public String resolvedBy;

  @Column(name = "resolved_at")
  public Instant resolvedAt;
}
