package cn.gfshare.instruments.availability;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** What a lab set for one resource; NULL columns fall back to the platform defaults. */
@Entity
@Table(name = "booking_rules")
public class BookingRules extends PanacheEntityBase {
  @Id
  @Column(name = "resource_id")
  public Long resourceId;

  @Column(name = "custom_hours", nullable = false)
  public boolean customHours;

  @Column(name = "slot_minutes")
  public Integer slotMinutes;

  @Column(name = "min_duration_minutes")
  public Integer minDurationMinutes;

  @Column(name = "max_duration_minutes")
  public Integer maxDurationMinutes;

  @Column(name = "internal_lead_minutes")
  public Integer internalLeadMinutes;

  @Column(name = "external_lead_minutes")
  public Integer externalLeadMinutes;

  @Column(name = "cross_city_lead_minutes")
  public Integer crossCityLeadMinutes;

  @Column(name = "horizon_days")
  public Integer horizonDays;

  @Column(name = "buffer_minutes")
  public Integer bufferMinutes;

  @Column(name = "quota_day_hours", precision = 6, scale = 2)
  public BigDecimal quotaDayHours;

  @Column(name = "quota_week_hours", precision = 6, scale = 2)
  public BigDecimal quotaWeekHours;

  @Column(name = "cross_city_quota_day_hours", precision = 6, scale = 2)
  public BigDecimal crossCityQuotaDayHours;

  @Column(name = "cross_city_quota_week_hours", precision = 6, scale = 2)
  public BigDecimal crossCityQuotaWeekHours;

  @Column(name = "approval_required")
  public Boolean approvalRequired;

  @Column(name = "qualification_required")
  public Boolean qualificationRequired;

  @Column(name = "cancellation_deadline_hours")
  public Integer cancellationDeadlineHours;

  @Version public long version;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  public String updatedBy;

  public RuleSet toRuleSet() {
    return new RuleSet(
        slotMinutes,
        minDurationMinutes,
        maxDurationMinutes,
        internalLeadMinutes,
        externalLeadMinutes,
        crossCityLeadMinutes,
        horizonDays,
        bufferMinutes,
        quotaDayHours,
        quotaWeekHours,
        crossCityQuotaDayHours,
        crossCityQuotaWeekHours,
        approvalRequired,
        qualificationRequired,
        cancellationDeadlineHours);
  }

  public void apply(RuleSet r) {
    slotMinutes = r.slotMinutes();
    minDurationMinutes = r.minDurationMinutes();
    maxDurationMinutes = r.maxDurationMinutes();
    internalLeadMinutes = r.internalLeadMinutes();
    externalLeadMinutes = r.externalLeadMinutes();
    crossCityLeadMinutes = r.crossCityLeadMinutes();
    horizonDays = r.horizonDays();
    bufferMinutes = r.bufferMinutes();
    quotaDayHours = r.quotaHoursPerDay();
    quotaWeekHours = r.quotaHoursPerWeek();
    crossCityQuotaDayHours = r.crossCityQuotaHoursPerDay();
    crossCityQuotaWeekHours = r.crossCityQuotaHoursPerWeek();
    approvalRequired = r.approvalRequired();
    qualificationRequired = r.qualificationRequired();
    cancellationDeadlineHours = r.cancellationDeadlineHours();
  }
}
