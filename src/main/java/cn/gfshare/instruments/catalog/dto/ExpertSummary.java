package cn.gfshare.instruments.catalog.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An expert as lists show it; email and phone only for signed-in callers. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExpertSummary(
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
    boolean consultations,
    String email,
    String phone,
    long version) {}
