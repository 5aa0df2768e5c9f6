package cn.gfshare.instruments.ops;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import cn.gfshare.instruments.support.EmbeddedMariaDb;
import cn.gfshare.instruments.support.TcpProxy;
import cn.gfshare.instruments.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A database outage seen by one running application: its database connections go through a {@link
 * TcpProxy} that the test cuts (connections refused and dropped, as when the server stops) and
 * restores on the same port. Requests meanwhile get 503 problem+json with Retry-After and readiness
 * is DOWN; afterwards the same application serves again without a restart. Other tests use the
 * database directly and never see the cut.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.DatabaseBehindProxy.class)
class DatabaseOutageTest {

  private static final Duration BOUND = Duration.ofSeconds(60);
  static TcpProxy proxy;

  public static class DatabaseBehindProxy implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      String external = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
      URI db =
          URI.create(
              (external != null && !external.isBlank() ? external : EmbeddedMariaDb.jdbcUrl())
                  .substring("jdbc:".length()));
      try {
        if (proxy == null) {
          proxy = TcpProxy.to(db.getHost(), db.getPort());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      String url =
          "jdbc:mysql://127.0.0.1:"
              + proxy.port()
              + db.getRawPath()
              + (db.getRawQuery() == null ? "" : "?" + db.getRawQuery());
      return Map.of("quarkus.datasource.jdbc.url", url);
    }
  }

  @Test
  void whileTheDatabaseIsDownRequestsGet503AndServiceRecoversWithoutRestart() throws Exception {
    String researcher = Tokens.researcherGz();
    given().get("/api/v1/instruments").then().statusCode(200);

    proxy.cut();
    try {
      // the first requests find the pool's connections dead; from then on the outage is known
      await().atMost(BOUND).until(() -> given().get("/api/v1/instruments").statusCode() == 503);
      given()
          .get("/api/v1/instruments")
          .then()
          .statusCode(503)
          .contentType(startsWith("application/problem+json"))
          .header("Retry-After", notNullValue())
          .body("type", equalTo("https://api.gf-instruments.cn/problems/database-unavailable"))
          .body("status", equalTo(503))
          .body("instance", equalTo("/api/v1/instruments"));
      given()
          .auth()
          .oauth2(researcher)
          .get("/api/v1/me")
          .then()
          .statusCode(503)
          .contentType(startsWith("application/problem+json"));
      given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
      given().get("/q/health/live").then().statusCode(200);
    } finally {
      proxy.restore();
    }

    await().atMost(BOUND).until(() -> given().get("/api/v1/instruments").statusCode() == 200);
    given().auth().oauth2(researcher).get("/api/v1/me").then().statusCode(200);
    given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
  }
}
