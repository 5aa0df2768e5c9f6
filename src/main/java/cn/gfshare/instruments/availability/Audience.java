package cn.gfshare.instruments.availability;

import cn.gfshare.instruments.security.InstitutionRef;
import java.util.Optional;

/**
 * Which set of lead times and quotas applies to a user for a resource. With equal access on (the
 * default) users from the other city are plain EXTERNAL users; only with it off can a lab's
 * cross-city settings treat them differently.
 */
public enum Audience {
  INTERNAL,
  EXTERNAL,
  CROSS_CITY;

  public static Audience of(
      Optional<InstitutionRef> user,
      long resourceInstitutionId,
      String resourceCity,
      boolean equalAccess) {
    if (user.isPresent() && user.get().id() != null && user.get().id() == resourceInstitutionId) {
      return INTERNAL;
    }
    boolean otherCity = user.map(u -> !resourceCity.equals(u.city())).orElse(true);
    return otherCity && !equalAccess ? CROSS_CITY : EXTERNAL;
  }
}
