package cn.gfshare.instruments.security;

import java.util.Optional;
import java.util.Set;

/** Who is calling: user name, realm roles and (when known) their institution and so their city. */
public record Caller(String username, Set<String> roles, Optional<InstitutionRef> institution) {

  public static final Caller ANONYMOUS = new Caller(null, Set.of(), Optional.empty());

  public boolean authenticated() {
    return username != null;
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  public boolean isPlatformAdmin() {
    return hasRole(Roles.PLATFORM_ADMIN);
  }

  public Optional<String> city() {
    return institution.map(InstitutionRef::city);
  }

  public Optional<Long> institutionId() {
    return institution.map(InstitutionRef::id);
  }
}
