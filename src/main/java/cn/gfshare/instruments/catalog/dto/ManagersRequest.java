package cn.gfshare.instruments.catalog.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The complete set of user names that manage a lab (replaces the current set). */
public record ManagersRequest(
    @NotNull @Size(max = 50)
        List<@NotBlank @Size(max = 100) @Pattern(regexp = "\\S+") String> usernames) {}
