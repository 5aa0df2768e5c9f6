package cn.gfshare.instruments.reservation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One audited change of a reservation's recorded usage by a lab manager. */
@Entity
@Immutable
@Table(name = "usage_correction")
public class UsageCorrection extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "reservation_id", nullable = false)
  public Long reservationId;

  @Enumerated(EnumType.STRING)
  @Column(name = "previous_status", nullable = false)
  public ReservationStatus previousStatus;

  @Column(name = "previous_usage_start_at")
  public Instant previousUsageStartAt;

  @Column(name = "previous_usage_end_at")
  public Instant previousUsageEndAt;

  @Column(name = "previous_usage_samples")
  public Integer previousUsageSamples;

  @Column(name = "usage_start_at", nullable = false)
  public Instant usageStartAt;

  @Column(name = "usage_end_at", nullable = false)
  public Instant usageEndAt;

  @Column(name = "usage_samples", nullable = false)
  public int usageSamples;

  @Column(nullable = false)
  public String reason;

  @Column(name = "corrected_by", nullable = false)
  public String correctedBy;

  @Column(name = "corrected_at", nullable = false)
  public Instant correctedAt;
}
