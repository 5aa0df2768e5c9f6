package cn.gfshare.instruments.reservation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A user's qualification to use a resource on their own, valid through {@code expiresOn}. */
@Entity
@Table(name = "qualification")
public class Qualification extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false)
  public String username;

  @Column(name = "resource_id", nullable = false)
  public Long resourceId;

  @Column(name = "expires_on", nullable = false)
  public LocalDate expiresOn;

  @Column(name = "granted_at", nullable = false)
  public Instant grantedAt;

  @Column(name = "granted_by", nullable = false)
  public String grantedBy;

  @Column(name = "revoked_at")
  public Instant revokedAt;

  @Column(name = "revoked_by")
  public String revokedBy;

  /** True when the user holds an unrevoked qualification valid on {@code day}. */
  public static boolean holds(String username, long resourceId, LocalDate day) {
    return count(
            "username = ?1 and resourceId = ?2 and revokedAt is null and expiresOn >= ?3",
            username,
            resourceId,
            day)
        > 0;
  }
}
