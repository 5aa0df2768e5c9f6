package cn.gfshare.instruments.common.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A remembered create request: who sent which key with which body, and what the use case returned.
 */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyRecord extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false)
  public String username;

  @Column(name = "idem_key", nullable = false)
  public String key;

  @Column(name = "request_hash", nullable = false)
  public String requestHash;

  /** What the use case returned, as JSON. */
  @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
  public String result;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  public Instant expiresAt;
}
