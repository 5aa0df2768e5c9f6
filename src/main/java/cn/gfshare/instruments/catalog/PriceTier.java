package cn.gfshare.instruments.catalog;

import cn.gfshare.instruments.security.InstitutionRef;
import cn.gfshare.instruments.security.InstitutionType;
import java.util.Optional;

/** Who pays which price: by the relation between the user's institution and the resource's. */
public enum PriceTier {
  INTERNAL,
  SAME_CITY,
  CROSS_CITY,
  ENTERPRISE;

  /**
   * Same institution pays INTERNAL; enterprises pay ENTERPRISE wherever they are; other users pay
   * SAME_CITY or CROSS_CITY by city. A caller whose institution is unknown pays CROSS_CITY, the
   * public external rate, until an admin records the affiliation.
   */
  public static PriceTier of(
      Optional<InstitutionRef> caller, long resourceInstitutionId, String resourceCity) {
    if (caller.isEmpty()) {
      return CROSS_CITY;
    }
    InstitutionRef c = caller.get();
    if (c.id() != null && c.id() == resourceInstitutionId) {
      return INTERNAL;
    }
    if (c.type() == InstitutionType.ENTERPRISE) {
      return ENTERPRISE;
    }
    return resourceCity.equals(c.city()) ? SAME_CITY : CROSS_CITY;
  }
}
