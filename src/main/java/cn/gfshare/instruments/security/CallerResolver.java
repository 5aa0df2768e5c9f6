package cn.gfshare.instruments.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Resolves the {@link Caller} once per request. The token's {@code institution} claim wins (a
 * Keycloak user attribute); otherwise the affiliation platform admins store for the user.
 */
@RequestScoped
public class CallerResolver {

  public static final String INSTITUTION_CLAIM = "institution";

  @Inject SecurityIdentity identity;
  @Inject InstitutionDirectory institutions;

  private Caller resolved;

  public Caller caller() {
    if (resolved == null) {
      resolved = resolve();
    }
    return resolved;
  }

  private Caller resolve() {
    if (identity.isAnonymous()) {
      return Caller.ANONYMOUS;
    }
    String username = identity.getPrincipal().getName();
    // the directory answers with one statement and returns the connection at once, so a request
    // that then opens a transaction needs no second connection from the pool
    Optional<InstitutionRef> institution = fromClaim().or(() -> fromAffiliation(username));
    return new Caller(username, Set.copyOf(identity.getRoles()), institution);
  }

  private Optional<InstitutionRef> fromClaim() {
    if (identity.getPrincipal() instanceof JsonWebToken jwt) {
      Object claim = jwt.getClaim(INSTITUTION_CLAIM);
      String code = claim == null ? null : claim.toString().replace("\"", "").trim();
      if (code != null && !code.isEmpty()) {
        return institutions.byCode(code);
      }
    }
    return Optional.empty();
  }

  private Optional<InstitutionRef> fromAffiliation(String username) {
    return institutions.affiliationOf(username);
  }
}
