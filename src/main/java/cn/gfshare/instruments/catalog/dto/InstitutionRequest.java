package cn.gfshare.instruments.catalog.dto;

import cn.gfshare.instruments.security.InstitutionType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Create (POST) or replace (PUT) an institution. The code is the natural key: required on create,
 * and on PUT it may be omitted or repeated but not changed.
 */
public record InstitutionRequest(
    @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{1,31}", message = "2-32 of A-Z, 0-9, '_' or '-'")
        String code,
    @NotBlank @Size(max = 200) String name,
    @NotBlank @Size(max = 200) String nameEn,
    @NotBlank
        @Size(max = 8)
        @Schema(description = "City code, e.g. GZ or FS (see GET /api/v1/cities)")
        String city,
    @NotBlank
        @Pattern(
            regexp =
                "UNIVERSITY|RESEARCH_INSTITUTE|NEW_RD_INSTITUTION|PROVINCIAL_LAB|ENTERPRISE|HOSPITAL")
        @Schema(implementation = InstitutionType.class)
        String type,
    @Size(max = 300) String address) {}
