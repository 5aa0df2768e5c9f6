package cn.gfshare.instruments.db;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gfshare.instruments.support.EmbeddedMariaDb;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/** All migrations apply, in order, to a brand-new empty schema, and re-running applies nothing. */
class MigrationsOnEmptyDatabaseTest {

  @Test
  void migrationsApplyToAnEmptySchemaAndAreRepeatable() throws Exception {
    String base = serverUrl();
    String schema = "gf_fresh_" + System.nanoTime();
    try (Connection c = DriverManager.getConnection(base, user(), password());
        Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
    String url = base.replaceFirst("/[^/?]*(\\?|$)", "/" + schema + "$1");
    try {
      Flyway flyway =
          Flyway.configure()
              .dataSource(url, user(), password())
              .locations("classpath:db/migration")
              .load();
      MigrateResult first = flyway.migrate();
      assertThat(first.success).isTrue();
      assertThat(first.migrationsExecuted).isEqualTo(flyway.info().all().length);
      assertThat(flyway.migrate().migrationsExecuted).isZero();

      try (Connection c = DriverManager.getConnection(url, user(), password());
          ResultSet rs = c.getMetaData().getTables(schema, null, "%", new String[] {"TABLE"})) {
        List<String> tables = new ArrayList<>();
        while (rs.next()) {
          tables.add(rs.getString("TABLE_NAME").toLowerCase());
        }
        assertThat(tables)
            .contains(
                "qrtz_triggers",
                "qrtz_locks",
                "institution",
                "lab",
                "instrument",
                "bookable_resource",
                "rate_card",
                "user_affiliation",
                "booking_rules",
                "opening_hours",
                "availability_exception",
                "blackout",
                "platform_policy",
                "reservation",
                "idempotency_key",
                "qualification");
      }
    } finally {
      try (Connection c = DriverManager.getConnection(base, user(), password());
          Statement st = c.createStatement()) {
        st.execute("DROP DATABASE " + schema);
      }
    }
  }

  private static String serverUrl() {
    String external = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
    return external != null && !external.isBlank() ? external : EmbeddedMariaDb.jdbcUrl();
  }

  private static String user() {
    String u = System.getenv("QUARKUS_DATASOURCE_USERNAME");
    return u != null ? u : "root";
  }

  private static String password() {
    String p = System.getenv("QUARKUS_DATASOURCE_PASSWORD");
    return p != null ? p : "";
  }
}
