package cn.gfshare.instruments.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The packaged service ({@code quarkus-run.jar}) as its own process, configured only through
 * environment variables as in production, against a database and the shared Keycloak.
 */
final class ServiceProcess {

  private static final Duration TIMEOUT = Duration.ofSeconds(90);

  private final String name;
  private final String baseUrl;
  private final Path logFile;
  private Process process;

  private ServiceProcess(String name, String baseUrl, Path logFile, Process process) {
    this.name = name;
    this.baseUrl = baseUrl;
    this.logFile = logFile;
    this.process = process;
  }

  /** Starts without waiting; {@link #awaitReady()} waits for readiness. */
  static ServiceProcess start(
      String name, E2eDatabase.Datasource db, KeycloakServer keycloak, Map<String, String> extra)
      throws IOException {
    Path appDir = E2e.requiredPath("gf.e2e.app-dir");
    Path dir = E2e.workDir();
    int port = E2e.freePort();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder pb =
        new ProcessBuilder(java.toString(), "-jar", appDir.resolve("quarkus-run.jar").toString())
            // Quarkus reads .env and config/application.properties from the working directory:
            // target/e2e keeps a developer's local files out of the test
            .directory(dir.toFile());
    Map<String, String> env = E2e.scrubbedEnvironment(pb);
    env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
    env.put("QUARKUS_DATASOURCE_JDBC_URL", db.url());
    env.put("QUARKUS_DATASOURCE_USERNAME", db.username());
    env.put("QUARKUS_DATASOURCE_PASSWORD", db.password());
    env.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.issuer());
    env.put("QUARKUS_OIDC_CLIENT_ID", "gf-instruments-api");
    env.put("QUARKUS_OIDC_CREDENTIALS_SECRET", "gf-instruments-api-secret");
    // seeds the institutions (SYSU, ...) the token's institution claim refers to
    env.put("GF_DEMO_DATA_ENABLED", "true");
    env.putAll(extra);
    Path logFile = dir.resolve(name + ".log");
    return new ServiceProcess(
        name, "http://localhost:" + port, logFile, E2e.startLogged(pb, logFile));
  }

  ServiceProcess awaitReady() throws InterruptedException {
    Instant t0 = Instant.now();
    E2e.awaitHttp200(baseUrl + "/q/health/ready", process, TIMEOUT, logFile);
    E2e.log("%s ready after %d s", name, E2e.secondsSince(t0));
    return this;
  }

  String baseUrl() {
    return baseUrl;
  }

  Path logFile() {
    return logFile;
  }

  synchronized void stop() {
    E2e.stopTree(process);
    process = null;
  }
}
