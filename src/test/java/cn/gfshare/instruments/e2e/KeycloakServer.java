package cn.gfshare.instruments.e2e;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A real Keycloak (the distribution Maven fetched) with src/main/keycloak/realm.json, started once
 * per test JVM however many end-to-end tests use it (a start costs 8–30 s and ~500 MB) and stopped
 * when the JVM exits.
 */
final class KeycloakServer {

  static final String REALM = "gf-instruments";
  // the first Keycloak start re-augments itself (a Quarkus build) before serving
  private static final Duration TIMEOUT = Duration.ofSeconds(180);
  private static final String REALM_IMPORTED_MARKER = ".realm-imported";

  private static KeycloakServer shared;

  private final String url;
  private final Path logFile;
  private Process process;

  private KeycloakServer(String url, Path logFile, Process process) {
    this.url = url;
    this.logFile = logFile;
    this.process = process;
  }

  static synchronized KeycloakServer shared() throws Exception {
    if (shared == null) {
      shared = start();
      // @AfterAll does not run when the JVM is interrupted (Ctrl-C, failsafe timeout); a stray
      // Keycloak would keep ~500 MB and a port busy on a shared build machine
      Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
    }
    return shared;
  }

  /** Base URL, also the host part of the token issuer. */
  String url() {
    return url;
  }

  String issuer() {
    return url + "/realms/" + REALM;
  }

  String tokenUrl() {
    return issuer() + "/protocol/openid-connect/token";
  }

  Path logFile() {
    return logFile;
  }

  /** Realm users have password == user name. */
  String passwordToken(String username) {
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

  String clientCredentialsToken(String clientId, String secret) {
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

  private static KeycloakServer start() throws Exception {
    Path zip = E2e.requiredPath("gf.e2e.keycloak-zip");
    Path realm = E2e.requiredPath("gf.e2e.realm");
    Path dir = zip.getParent();
    Path logFile = dir.resolve("keycloak.log");
    Instant t0 = Instant.now();
    int port = E2e.freePort();
    String url = "http://localhost:" + port;
    Path home = dir.resolve("keycloak");
    unzipOnce(zip, home, dir);
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
      E2e.deleteRecursively(data);
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
            "--hostname=" + url);
    Map<String, String> env = E2e.scrubbedEnvironment(pb);
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
    env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
    KeycloakServer server = new KeycloakServer(url, logFile, E2e.startLogged(pb, logFile));
    try {
      E2e.awaitHttp200(
          server.issuer() + "/.well-known/openid-configuration", server.process, TIMEOUT, logFile);
    } catch (Exception e) {
      E2e.printTail(logFile);
      server.stop();
      throw e;
    }
    Files.writeString(data.resolve(REALM_IMPORTED_MARKER), "");
    E2e.log("Keycloak ready after %d s", E2e.secondsSince(t0));
    return server;
  }

  private static void unzipOnce(Path zip, Path home, Path dir) throws IOException {
    // a marker rather than "bin/kc.sh exists": a Keycloak version bump must not reuse the old dist
    Path marker = home.resolve(".unzipped-from");
    String source = zip.getFileName().toString();
    if (Files.exists(marker) && Files.readString(marker).equals(source)) {
      return;
    }
    E2e.deleteRecursively(home);
    // unpack beside the target and rename, so an interrupted unzip never looks complete
    Path tmp = Files.createTempDirectory(dir, "keycloak-unzip");
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

  synchronized void stop() {
    E2e.stopTree(process);
    process = null;
  }
}
