package cn.gfshare.instruments.security;

import cn.gfshare.instruments.catalog.Institution;
import cn.gfshare.instruments.catalog.InstitutionType;

/** The slice of an institution that identity and pricing need. */
public record InstitutionRef(
    Long id, String code, String nameZh, String nameEn, String city, InstitutionType type) {
  public static InstitutionRef of(Institution i) {
    return new InstitutionRef(i.id, i.code, i.nameZh, i.nameEn, i.city.code, i.type);
  }
}
