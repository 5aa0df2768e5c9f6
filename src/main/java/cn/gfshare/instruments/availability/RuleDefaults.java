package cn.gfshare.instruments.availability;

import cn.gfshare.instruments.common.GfConfig;

/** Platform defaults for unset rules (from {@code gf.booking.defaults.*}). */
public record RuleDefaults(
    int slotMinutes,
    int minDurationMinutes,
    int maxDurationMinutes,
    int internalLeadMinutes,
    int externalLeadMinutes,
    int crossCityLeadMinutes,
    int horizonDays,
    int bufferMinutes,
    int cancellationDeadlineHours) {

  public static RuleDefaults of(GfConfig.Defaults d) {
    return new RuleDefaults(
        d.slotMinutes(),
        d.minDurationMinutes(),
        d.maxDurationMinutes(),
        d.internalLeadMinutes(),
        d.externalLeadMinutes(),
        d.crossCityLeadMinutes(),
        d.horizonDays(),
        d.bufferMinutes(),
        d.cancellationDeadlineHours());
  }

  /**
   * Every rule with a value: the lab's where set, else the default. Approval and qualification
   * default to the instrument's catalog flags.
   */
  public RuleSet complete(RuleSet r, boolean catalogApproval, boolean catalogQualification) {
    return new RuleSet(
        or(r.slotMinutes(), slotMinutes),
        or(r.minDurationMinutes(), minDurationMinutes),
        or(r.maxDurationMinutes(), maxDurationMinutes),
        or(r.internalLeadMinutes(), internalLeadMinutes),
        or(r.externalLeadMinutes(), externalLeadMinutes),
        or(r.crossCityLeadMinutes(), crossCityLeadMinutes),
        or(r.horizonDays(), horizonDays),
        or(r.bufferMinutes(), bufferMinutes),
        r.quotaHoursPerDay(),
        r.quotaHoursPerWeek(),
        r.crossCityQuotaHoursPerDay(),
        r.crossCityQuotaHoursPerWeek(),
        or(r.approvalRequired(), catalogApproval),
        or(r.qualificationRequired(), catalogQualification),
        or(r.cancellationDeadlineHours(), cancellationDeadlineHours));
  }

  private static <T> T or(T value, T fallback) {
    return value != null ? value : fallback;
  }
}
