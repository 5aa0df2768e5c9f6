package cn.gfshare.instruments.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsEndpointsTest {

  @Test
  void liveReadyAndStartedAreUp() {
    given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    given().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem(containsString("Database connections health check")));
  }

  @Test
  void prometheusMetricsAreServed() {
    given().get("/q/health/live").then().statusCode(200);
    given()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("jvm_memory_used_bytes"))
        .body(containsString("http_server_requests_seconds"));
  }

  @Test
  void swaggerUiIsServed() {
    given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
  }
}
