package cn.gfshare.instruments.catalog.dto;

public record CategoryRef(String code, String name, String nameEn) {}
