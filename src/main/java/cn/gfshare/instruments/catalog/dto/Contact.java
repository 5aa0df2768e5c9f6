package cn.gfshare.instruments.catalog.dto;

import com.fasterxml.jackson.annotation.JsonInclude;

/** How to reach a person; only signed-in callers get it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Contact(String name, String phone, String email) {}
