package cn.gfshare.instruments.catalog;

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
import java.time.LocalDate;
import java.util.Optional;
import org.hibernate.annotations.Immutable;

/**
 * One tier's prices for a resource from a date on. Rows are never updated: a price change is a new
 * row with a later {@code effectiveFrom}, so reservations and bills priced earlier stay
 * explainable.
 */
@Entity
@Immutable
@Table(name = "rate_card")
public class RateCard extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "resource_id", nullable = false)
  public Long resourceId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public PriceTier tier;

  @Column(name = "effective_from", nullable = false)
  public LocalDate effectiveFrom;

  @Column(name = "per_hour", nullable = false, precision = 12, scale = 2)
  public BigDecimal perHour;

  @Column(name = "per_sample", nullable = false, precision = 12, scale = 2)
  public BigDecimal perSample;

  @Column(name = "per_operator_hour", nullable = false, precision = 12, scale = 2)
  public BigDecimal perOperatorHour;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "created_by", nullable = false)
  public String createdBy;

  /** The card in force for a tier on a date: the latest one effective on or before it. */
  public static Optional<RateCard> inForce(long resourceId, PriceTier tier, LocalDate on) {
    return find(
            "resourceId = ?1 and tier = ?2 and effectiveFrom <= ?3 order by effectiveFrom desc",
            resourceId,
            tier,
            on)
        .firstResultOptional();
  }
}
