package cn.gfshare.instruments.hardening;

import static cn.gfshare.instruments.hardening.BadInputTest.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gfshare.instruments.support.RawHttp;
import cn.gfshare.instruments.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** What the HTTP layer refuses is problem+json too, not an empty answer. */
@QuarkusTest
class HttpLimitsTest {

  @Test
  void aBodyOfTenMegabytesIs413() {
    byte[] body = new byte[10_000_000];
    java.util.Arrays.fill(body, (byte) 'a');
    Response r =
        given()
            .auth()
            .oauth2(Tokens.admin())
            .contentType("text/csv")
            .body(body)
            .post("/api/v1/labs/1/instruments/import");
    assertProblem(r, 413);
  }

  @Test
  void anOverlongUrlIs414() {
    assertProblem(given().get("/api/v1/instruments?q=" + "a".repeat(20_000)), 414);
    assertProblem(given().get("/api/v1/" + "x".repeat(9_000)), 414);
  }

  @Test
  void aBrokenPercentEscapeIs400() throws Exception {
    for (String url :
        new String[] {
          "/api/v1/instruments/%zz", "/api/v1/instruments/%", "/api/v1/instruments?q=%G1"
        }) {
      RawHttp.Answer a = RawHttp.get(url);
      assertThat(a.status()).as(url).isEqualTo(400);
      assertThat(a.header("content-type")).as(url).startsWith("application/problem+json");
      assertThat(a.body()).contains("\"status\":400").contains("\"type\"").contains("\"title\"");
    }
  }
}
