package cn.gfshare.instruments.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Signs RS256 access tokens shaped like the Keycloak realm's (preferred_username,
 * realm_access.roles, institution), so the benchmark needs no identity provider: the service
 * verifies them with {@code quarkus.oidc.public-key} set to {@link #publicKeyBase64()}.
 */
final class BenchTokens {

  static final String ISSUER = "https://bench.gf-instruments.invalid/realms/gf";

  private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final KeyPair keys;

  BenchTokens() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      keys = g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The X.509 SubjectPublicKeyInfo, base64: the form quarkus.oidc.public-key takes (PEM without
   * armour).
   */
  String publicKeyBase64() {
    return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
  }

  String researcher(String username, String institutionCode, Instant now, long lifetimeSeconds) {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("iss", ISSUER);
    claims.put("sub", "bench-" + username);
    claims.put("preferred_username", username);
    claims.put("upn", username);
    claims.put("typ", "Bearer");
    // prod accepts only access tokens issued for the service, as the realm's audience mapper adds
    claims.put("aud", List.of("gf-instruments-api", "account"));
    claims.put("iat", now.getEpochSecond());
    claims.put("exp", now.getEpochSecond() + lifetimeSeconds);
    claims.put("realm_access", Map.of("roles", List.of("researcher")));
    claims.put("institution", institutionCode);
    return sign(claims);
  }

  private String sign(Map<String, Object> claims) {
    try {
      String header =
          B64URL.encodeToString(JSON.writeValueAsBytes(Map.of("alg", "RS256", "typ", "JWT")));
      String payload = B64URL.encodeToString(JSON.writeValueAsBytes(claims));
      Signature s = Signature.getInstance("SHA256withRSA");
      s.initSign(keys.getPrivate());
      s.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
      return header + "." + payload + "." + B64URL.encodeToString(s.sign());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
