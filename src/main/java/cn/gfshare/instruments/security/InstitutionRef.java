package cn.gfshare.instruments.security;

import cn.gfshare.instruments.catalog.Institution;

/** The slice of an institution that identity and pricing need. */
public record InstitutionRef(Long id, String code, String nameZh, String nameEn, String city) {
  public static InstitutionRef of(Institution i) {
    return new InstitutionRef(i.id, i.code, i.nameZh, i.nameEn, i.city.code);
  }
}
