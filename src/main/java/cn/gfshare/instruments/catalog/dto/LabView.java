package cn.gfshare.instruments.catalog.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A lab or service platform. {@code contact} and {@code managers} only for signed-in callers; the
 * counts (non-retired instruments, experts) only on the single-item view.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LabView(
    Long id,
    String code,
    String name,
    String nameEn,
    Long institutionId,
    String institutionCode,
    String institutionName,
    String city,
    String location,
    String timeZone,
    Contact contact,
    List<String> managers,
    Long instrumentCount,
    Long expertCount,
    long version) {}
