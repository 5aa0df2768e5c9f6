package cn.gfshare.instruments.catalog.dto;

import cn.gfshare.instruments.catalog.PriceTier;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One appended rate card; {@code createdBy} only for signed-in callers. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RateCardView(
    Long id,
    Long resourceId,
    PriceTier tier,
    LocalDate effectiveFrom,
    BigDecimal perHour,
    BigDecimal perSample,
    BigDecimal perOperatorHour,
    boolean inForce,
    Instant createdAt,
    String createdBy) {}
