package cn.gfshare.instruments.catalog.dto;

public record ExpertRef(
    Long id, String code, String name, String nameEn, String title, boolean consultations) {}
