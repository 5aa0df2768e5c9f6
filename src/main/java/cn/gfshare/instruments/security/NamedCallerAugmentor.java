package cn.gfshare.instruments.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Refuses a verified token that names no one. Every signed-in operation records or looks up the
 * caller by user name; without one they failed deep inside with a 500 ("Identifier may not be
 * null"). That is the client's credential being unfit, so it is a 401.
 */
@ApplicationScoped
public class NamedCallerAugmentor implements SecurityIdentityAugmentor {

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    if (identity.isAnonymous() || hasName(identity)) {
      return Uni.createFrom().item(identity);
    }
    return Uni.createFrom()
        .failure(new AuthenticationFailedException("The token carries no user name"));
  }

  static boolean hasName(SecurityIdentity identity) {
    return identity.getPrincipal() != null
        && identity.getPrincipal().getName() != null
        && !identity.getPrincipal().getName().isBlank();
  }
}
