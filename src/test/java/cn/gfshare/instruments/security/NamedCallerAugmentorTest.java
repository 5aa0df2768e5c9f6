package cn.gfshare.instruments.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.security.Principal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A verified token without a user name is refused (401) instead of reaching code that needs one.
 * Unit level: neither the OIDC dev service nor the realm issues such a token to the API tests; the
 * end-to-end test sends Keycloak's admin-cli token, which the audience check already refuses.
 */
class NamedCallerAugmentorTest {

  private final NamedCallerAugmentor augmentor = new NamedCallerAugmentor();

  @Test
  void aNamedCallerPasses() {
    var identity =
        QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("ana")).build();
    assertThat(augmentor.augment(identity, null).await().atMost(Duration.ofSeconds(1)))
        .isSameAs(identity);
  }

  @Test
  void aCallerWithoutANameIsUnauthenticated() {
    for (String name : new String[] {null, "", "  "}) {
      Principal p = () -> name;
      var identity =
          QuarkusSecurityIdentity.builder().setPrincipal(p).addRole("researcher").build();
      assertThatThrownBy(
              () -> augmentor.augment(identity, null).await().atMost(Duration.ofSeconds(1)))
          .isInstanceOf(AuthenticationFailedException.class);
    }
  }
}
