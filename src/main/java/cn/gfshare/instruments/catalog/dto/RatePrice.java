package cn.gfshare.instruments.catalog.dto;

import cn.gfshare.instruments.catalog.PriceTier;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The prices of one tier in force today (in the lab's time zone). */
public record RatePrice(
    PriceTier tier,
    LocalDate effectiveFrom,
    BigDecimal perHour,
    BigDecimal perSample,
    BigDecimal perOperatorHour) {}
