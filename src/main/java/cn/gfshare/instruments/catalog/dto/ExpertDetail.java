package cn.gfshare.instruments.catalog.dto;

import cn.gfshare.instruments.catalog.PriceTier;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** One expert with bio, qualified instruments and consultation rates in force today. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExpertDetail(
    Long id,
    String code,
    String name,
    String nameEn,
    String title,
    Long labId,
    String labName,
    Long institutionId,
    String institutionName,
    String city,
    List<String> fields,
    List<String> languages,
    String bio,
    boolean consultations,
    String email,
    String phone,
    List<InstrumentRef> instruments,
    List<RatePrice> rates,
    PriceTier yourTier,
    Instant createdAt,
    Instant updatedAt,
    long version) {}
