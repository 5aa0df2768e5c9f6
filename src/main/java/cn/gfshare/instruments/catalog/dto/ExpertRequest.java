package cn.gfshare.instruments.catalog.dto;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Create (POST) or replace (PUT) an expert. {@code labId} and {@code code} are fixed once created.
 * {@code instrumentIds}, when given, replaces the instruments the expert is qualified on (omitted
 * on PUT: links unchanged). {@code consultations} defaults to true.
 */
public record ExpertRequest(
    @Positive Long labId,
    @Pattern(
            regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}",
            message = "1-64 of letters, digits, '.', '_' or '-'")
        String code,
    @NotBlank @Size(max = 100) @Schema(description = "Chinese name") String name,
    @NotBlank @Size(max = 100) String nameEn,
    @Size(max = 100) String title,
    @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 60) String> fields,
    @NotEmpty @Size(max = 10)
        List<
                @NotBlank
                @Pattern(
                    regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})?",
                    message = "a language code such as zh, en, yue")
                String>
            languages,
    @Size(max = 5000) String bio,
    @Email @Size(max = 200) String email,
    @Pattern(regexp = "[0-9+()\\- ]{5,40}", message = "digits, spaces, + ( ) -") String phone,
    Boolean consultations,
    @Size(max = 200) List<@NotNull @Positive Long> instrumentIds) {}
