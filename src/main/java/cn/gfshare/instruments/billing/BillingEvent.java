package cn.gfshare.instruments.billing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One billing state change, appended in the transaction of the change (the billing outbox). */
@Entity
@Immutable
@Table(name = "billing_event")
public class BillingEvent extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false)
  public String type;

  @Column(name = "subject_type", nullable = false)
  public String subjectType;

  @Column(name = "subject_id", nullable = false)
  public Long subjectId;

  @Column(name = "account_id")
  public Long accountId;

  @Column(name = "lab_id")
  public Long labId;

  @Column(name = "occurred_at", nullable = false)
  public Instant occurredAt;

  @Column(nullable = false)
  public String actor;

  @Column(nullable = false)
  public String payload;
}
