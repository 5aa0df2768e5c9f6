package cn.gfshare.instruments.catalog.dto;

import cn.gfshare.instruments.catalog.InstrumentStatus;
import cn.gfshare.instruments.catalog.PriceTier;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One instrument with everything a booking decision needs: the category lineage, the lab's contact
 * (signed-in callers only), the rates in force today for every tier, the caller's own tier when
 * known, and the experts qualified on it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstrumentDetail(
    Long id,
    String code,
    String name,
    String nameEn,
    String model,
    String manufacturer,
    String categoryCode,
    List<CategoryRef> category,
    Long labId,
    String labName,
    Long institutionId,
    String institutionName,
    String city,
    BigDecimal valueCny,
    boolean large,
    Integer acquisitionYear,
    InstrumentStatus status,
    String location,
    String description,
    List<String> techniques,
    String sampleRequirements,
    boolean requiresApproval,
    boolean qualificationRequired,
    String qualificationName,
    boolean operatorAssisted,
    Contact contact,
    List<RatePrice> rates,
    PriceTier yourTier,
    List<ExpertRef> experts,
    Instant createdAt,
    Instant updatedAt,
    long version) {}
