package cn.gfshare.instruments.catalog.dto;

public record CityView(String code, String name, String nameEn, String timeZone) {}
