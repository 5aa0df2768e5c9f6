package cn.gfshare.instruments.catalog.dto;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Create (POST) or replace (PUT) a lab. Code and institution are fixed once created (PUT may repeat
 * them); managers are set on create or through PUT /labs/{id}/managers.
 */
public record LabRequest(
    @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{1,47}", message = "2-48 of A-Z, 0-9, '_' or '-'")
        String code,
    @Positive Long institutionId,
    @NotBlank @Size(max = 200) String name,
    @NotBlank @Size(max = 200) String nameEn,
    @Size(max = 300) String location,
    @Size(max = 100) String contactName,
    @Pattern(regexp = "[0-9+()\\- ]{5,40}", message = "digits, spaces, + ( ) -")
        String contactPhone,
    @Email @Size(max = 200) String contactEmail,
    @Size(max = 64) @Schema(description = "IANA zone of opening hours; default the city's zone")
        String timeZone,
    @Size(max = 50) List<@NotBlank @Size(max = 100) @Pattern(regexp = "\\S+") String> managers) {}
