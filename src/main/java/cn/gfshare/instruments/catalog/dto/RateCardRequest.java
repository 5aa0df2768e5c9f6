package cn.gfshare.instruments.catalog.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A complete price list from a date on: exactly one entry per tier (INTERNAL, SAME_CITY,
 * CROSS_CITY, ENTERPRISE). It is appended; earlier lists stay as they were.
 */
public record RateCardRequest(
    @NotNull @Schema(description = "First day (lab time zone) the prices apply; today or later")
        LocalDate effectiveFrom,
    @NotNull @Size(min = 4, max = 4) List<@Valid @NotNull TierPrices> prices) {

  public record TierPrices(
      @NotBlank
          @Pattern(regexp = "INTERNAL|SAME_CITY|CROSS_CITY|ENTERPRISE")
          @Schema(enumeration = {"INTERNAL", "SAME_CITY", "CROSS_CITY", "ENTERPRISE"})
          String tier,
      @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal perHour,
      @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal perSample,
      @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2)
          BigDecimal perOperatorHour) {}
}
