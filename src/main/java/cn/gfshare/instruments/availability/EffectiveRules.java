package cn.gfshare.instruments.availability;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The rules that bind one audience on one resource, every value resolved. */
public record EffectiveRules(
    Audience audience,
    int slotMinutes,
    int minDurationMinutes,
    int maxDurationMinutes,
    int leadMinutes,
    int horizonDays,
    int bufferMinutes,
    BigDecimal quotaHoursPerDay,
    BigDecimal quotaHoursPerWeek,
    boolean approvalRequired,
    boolean qualificationRequired,
    int cancellationDeadlineHours) {

  /** Picks the lead time and quotas of {@code audience} from a completed rule set. */
  public static EffectiveRules of(RuleSet complete, Audience audience) {
    int lead =
        switch (audience) {
          case INTERNAL -> complete.internalLeadMinutes();
          case EXTERNAL -> complete.externalLeadMinutes();
          case CROSS_CITY -> complete.crossCityLeadMinutes();
        };
    BigDecimal day = complete.quotaHoursPerDay();
    BigDecimal week = complete.quotaHoursPerWeek();
    if (audience == Audience.CROSS_CITY) {
      day =
          complete.crossCityQuotaHoursPerDay() != null ? complete.crossCityQuotaHoursPerDay() : day;
      week =
          complete.crossCityQuotaHoursPerWeek() != null
              ? complete.crossCityQuotaHoursPerWeek()
              : week;
    }
    return new EffectiveRules(
        audience,
        complete.slotMinutes(),
        complete.minDurationMinutes(),
        complete.maxDurationMinutes(),
        lead,
        complete.horizonDays(),
        complete.bufferMinutes(),
        day,
        week,
        complete.approvalRequired(),
        complete.qualificationRequired(),
        complete.cancellationDeadlineHours());
  }

  public Duration buffer() {
    return Duration.ofMinutes(bufferMinutes);
  }

  /** The earliest start this audience may book at {@code now}. */
  public Instant earliestStart(Instant now) {
    return now.plus(Duration.ofMinutes(leadMinutes));
  }

  /** Bookings must end by the end of the local day {@code horizonDays} after today. */
  public Instant horizonEnd(Instant now, ZoneId zone) {
    LocalDate today = now.atZone(zone).toLocalDate();
    return today.plusDays(horizonDays + 1L).atStartOfDay(zone).toInstant();
  }
}
