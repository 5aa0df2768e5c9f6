package cn.gfshare.instruments.common.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A remembered create request: who sent which key with which body, and what they got back. */
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

  @Column(nullable = false)
  public int status;

  @Column(name = "response_body", nullable = false, columnDefinition = "MEDIUMTEXT")
  public String responseBody;

  public String location;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  public Instant expiresAt;
}
