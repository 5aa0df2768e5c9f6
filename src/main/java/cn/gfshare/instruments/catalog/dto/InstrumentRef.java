package cn.gfshare.instruments.catalog.dto;

import cn.gfshare.instruments.catalog.InstrumentStatus;

public record InstrumentRef(
    Long id,
    String code,
    String name,
    String nameEn,
    String model,
    Long labId,
    InstrumentStatus status) {}
