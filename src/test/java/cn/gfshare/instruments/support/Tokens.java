package cn.gfshare.instruments.support;

import io.quarkus.test.oidc.client.OidcTestClient;

/** Real bearer tokens from the OIDC dev service for the demo users (password grant). */
public final class Tokens {

  private Tokens() {}

  public static String of(String user) {
    // not cached: the dev OIDC server (and its signing key) restarts with each Quarkus test profile
    OidcTestClient client = new OidcTestClient();
    try {
      return client.getAccessToken(user, user);
    } finally {
      client.close();
    }
  }

  public static String researcherGz() {
    return of("researcher-gz");
  }

  public static String researcherFs() {
    return of("researcher-fs");
  }

  public static String managerGz() {
    return of("manager-gz");
  }

  public static String managerFs() {
    return of("manager-fs");
  }

  public static String admin() {
    return of("admin");
  }

  public static String finance() {
    return of("finance");
  }

  public static String partner() {
    return of("partner");
  }
}
