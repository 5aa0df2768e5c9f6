package cn.gfshare.instruments.catalog.dto;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Create (POST) or replace (PUT) an instrument. A PUT is a full replacement: omitted optional texts
 * are cleared and omitted flags are false, except {@code status}, which an omitted value leaves as
 * it is. {@code labId} and {@code code} are fixed once created (PUT may repeat them).
 */
public record InstrumentRequest(
    @Positive Long labId,
    @Pattern(
            regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}",
            message = "1-64 of letters, digits, '.', '_' or '-'")
        String code,
    @NotBlank @Size(max = 200) @Schema(description = "Chinese name") String name,
    @NotBlank @Size(max = 200) String nameEn,
    @Size(max = 120) String model,
    @Size(max = 120) String manufacturer,
    @NotBlank @Pattern(regexp = "(\\d{2}){1,3}", message = "a category code such as 010101")
        String categoryCode,
    @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal valueCny,
    @Min(1950) @Max(2100) Integer acquisitionYear,
    @Pattern(regexp = "ACTIVE|MAINTENANCE|RETIRED")
        @Schema(enumeration = {"ACTIVE", "MAINTENANCE", "RETIRED"})
        String status,
    @Size(max = 300) String location,
    @Size(max = 10000) String description,
    @Size(max = 30) List<@NotBlank @Size(max = 60) String> techniques,
    @Size(max = 10000) String sampleRequirements,
    Boolean requiresApproval,
    Boolean qualificationRequired,
    @Size(max = 200) String qualificationName,
    Boolean operatorAssisted) {}
