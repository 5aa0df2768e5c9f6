package cn.gfshare.instruments.security;

/** The slice of an institution that identity and pricing need. */
public record InstitutionRef(
    Long id, String code, String nameZh, String nameEn, String city, InstitutionType type) {}
