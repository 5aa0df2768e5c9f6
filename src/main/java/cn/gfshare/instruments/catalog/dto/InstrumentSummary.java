package cn.gfshare.instruments.catalog.dto;

import cn.gfshare.instruments.catalog.InstrumentStatus;
import java.math.BigDecimal;

/** An instrument as lists show it; {@code name} is the Chinese name. */
public record InstrumentSummary(
    Long id,
    String code,
    String name,
    String nameEn,
    String model,
    String manufacturer,
    String categoryCode,
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
    boolean requiresApproval,
    boolean qualificationRequired,
    boolean operatorAssisted,
    long version) {}
