package cn.gfshare.instruments.security;

import java.util.Optional;
import java.util.Set;

/**
 * Who is calling: user name, realm roles and (when known) their institution and so their city. A
 * system actor is the platform itself acting through a scheduled job (e.g. {@code system:no-show});
 * it never comes from a token, whatever roles or name a token carries.
 */
public record Caller(
    String username, Set<String> roles, Optional<InstitutionRef> institution, boolean system) {

  public static final Caller ANONYMOUS = new Caller(null, Set.of(), Optional.empty());

  /** A person or a machine client signed in with a token. */
  public Caller(String username, Set<String> roles, Optional<InstitutionRef> institution) {
    this(username, roles, institution, false);
  }

  /** The platform acting on its own, named for the audit trail: {@code system:<name>}. */
  public static Caller system(String name) {
    return new Caller("system:" + name, Set.of(), Optional.empty(), true);
  }

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
