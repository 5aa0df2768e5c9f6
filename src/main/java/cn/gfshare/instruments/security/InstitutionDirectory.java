package cn.gfshare.instruments.security;

import java.util.Optional;

/**
 * Where identity learns a caller's institution. Institutions belong to the catalog, which builds on
 * identity; this port lets the catalog supply them without identity depending on catalog entities.
 */
public interface InstitutionDirectory {

  /** The institution with this code (the token's {@code institution} claim). */
  Optional<InstitutionRef> byCode(String code);

  /** The institution platform admins recorded for this user. */
  Optional<InstitutionRef> affiliationOf(String username);
}
