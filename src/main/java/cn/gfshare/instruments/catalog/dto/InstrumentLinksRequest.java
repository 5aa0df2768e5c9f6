package cn.gfshare.instruments.catalog.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The complete set of instruments an expert is qualified to operate (replaces the current set). */
public record InstrumentLinksRequest(
    @NotNull @Size(max = 200) List<@NotNull @Positive Long> instrumentIds) {}
