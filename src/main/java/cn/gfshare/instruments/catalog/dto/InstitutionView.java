package cn.gfshare.instruments.catalog.dto;

import cn.gfshare.instruments.security.InstitutionType;
import com.fasterxml.jackson.annotation.JsonInclude;

/** An institution; the counts only on the single-item view. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstitutionView(
    Long id,
    String code,
    String name,
    String nameEn,
    String city,
    InstitutionType type,
    String address,
    Long labCount,
    Long instrumentCount,
    long version) {}
