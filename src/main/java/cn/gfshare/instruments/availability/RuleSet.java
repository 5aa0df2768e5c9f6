package cn.gfshare.instruments.availability;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;

/**
 * Booking rules of a resource as a lab sets them: every value optional, null meaning "platform
 * default". Also the request body of {@code PUT /resources/{id}/rules}.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RuleSet(
    @Min(5) @Max(1440) Integer slotMinutes,
    @Min(1) @Max(44640) Integer minDurationMinutes,
    @Min(1) @Max(44640) Integer maxDurationMinutes,
    @Min(0) @Max(527040) Integer internalLeadMinutes,
    @Min(0) @Max(527040) Integer externalLeadMinutes,
    @Min(0) @Max(527040) Integer crossCityLeadMinutes,
    @Min(1) @Max(366) Integer horizonDays,
    @Min(0) @Max(1440) Integer bufferMinutes,
    @DecimalMin("0.5") @DecimalMax("24") BigDecimal quotaHoursPerDay,
    @DecimalMin("0.5") @DecimalMax("168") BigDecimal quotaHoursPerWeek,
    @DecimalMin("0.5") @DecimalMax("24") BigDecimal crossCityQuotaHoursPerDay,
    @DecimalMin("0.5") @DecimalMax("168") BigDecimal crossCityQuotaHoursPerWeek,
    Boolean approvalRequired,
    Boolean qualificationRequired,
    @Min(0) @Max(720) Integer cancellationDeadlineHours) {

  public static final RuleSet EMPTY =
      new RuleSet(
          null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
}
