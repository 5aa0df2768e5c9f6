package cn.gfshare.instruments.billing;

import static cn.gfshare.instruments.billing.BillingFixtures.at;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gfshare.instruments.support.Api;
import cn.gfshare.instruments.support.TestClock;
import cn.gfshare.instruments.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The review window: one dispute per line by its payer, resolved by the lab or finance. */
@QuarkusTest
class DisputesTest {

  @AfterEach
  void realTime() {
    TestClock.reset();
  }

  private static String period() {
    return YearMonth.from(at(2, "12:00").atZone(ZoneId.of("Asia/Shanghai"))).toString();
  }

  private static String dispute(String reason) {
    return "{\"reason\":\"" + reason + "\"}";
  }

  @Test
  void aDisputedLineIsHeldOutOfTheStatementUntilItIsResolved() {
    long instrument = BillingFixtures.pricedInstrument();
    long account = BillingFixtures.account("manager-gz", "researcher-gz");
    String gz = Tokens.researcherGz();
    long disputed =
        BillingFixtures.useAsBooked(gz, instrument, "10:00", "11:00", 0, false, account);
    long kept = BillingFixtures.useAsBooked(gz, instrument, "13:00", "14:00", 0, false, account);
    long a = BillingFixtures.charges(gz, disputed).getLong("items[0].id");
    long b = BillingFixtures.charges(gz, kept).getLong("items[0].id");
    String path = "/api/v1/charges/" + a + "/dispute";

    Api.post(Tokens.researcherFs(), path, dispute("not my booking at all")).then().statusCode(404);
    Api.post(gz, path, dispute("short")).then().statusCode(422);
    Api.post(gz, path, dispute("I left at 10:40, not 11:00"))
        .then()
        .statusCode(200)
        .body("state", equalTo("DISPUTED"))
        .body("dispute.status", equalTo("OPEN"))
        .body("dispute.openedBy", equalTo("researcher-gz"));
    // the account's PI may dispute too, but a line is disputed once
    Api.post(Tokens.managerGz(), path, dispute("the PI disputes it as well"))
        .then()
        .statusCode(409)
        .body("type", equalTo("https://api.gf-instruments.cn/problems/already-disputed"));
    Api.put(gz, path, "{\"decision\":\"REJECT\",\"reason\":\"I decide my own dispute\"}")
        .then()
        .statusCode(403);

    TestClock.pin(at(2, "12:00").plus(Duration.ofDays(8)));
    JsonPath s =
        Api.post(
                Tokens.finance(),
                "/api/v1/statements",
                "{\"accountId\":" + account + ",\"period\":\"" + period() + "\"}")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(s.getList("lines.chargeId", Long.class)).containsExactly(b);
    assertThat(s.getString("total.amount")).isEqualTo("200.00");

    JsonPath resolved =
        Api.put(
                Tokens.managerGz(),
                path,
                "{\"decision\":\"ACCEPT\",\"amount\":\"150.00\",\"reason\":\"log book says 10:40 indeed\"}")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(resolved.getString("state")).isEqualTo("REVERSED");
    assertThat(resolved.getString("dispute.status")).isEqualTo("ACCEPTED");
    assertThat(resolved.getString("dispute.resolvedBy")).isEqualTo("manager-gz");
    Api.put(
            Tokens.finance(),
            path,
            "{\"decision\":\"REJECT\",\"reason\":\"finance changes its mind\"}")
        .then()
        .statusCode(409);
    JsonPath pair =
        given()
            .auth()
            .oauth2(gz)
            .get("/api/v1/charges/" + a + "/corrections")
            .then()
            .extract()
            .jsonPath();
    assertThat(pair.getList("amount.amount")).containsExactly("-200.00", "150.00");

    // the month's statement is voided and reissued: now it holds the disputed line and its pair
    long first = s.getLong("id");
    Api.post(
            Tokens.finance(),
            "/api/v1/statements/" + first + "/void",
            "{\"reason\":\"dispute resolved after drafting\"}")
        .then()
        .statusCode(200)
        .body("status", equalTo("VOID"));
    JsonPath again =
        Api.post(
                Tokens.finance(),
                "/api/v1/statements",
                "{\"accountId\":" + account + ",\"period\":\"" + period() + "\"}")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(again.getLong("replacesStatementId")).isEqualTo(first);
    assertThat(again.getList("lines.chargeId", Long.class))
        .containsExactly(a, b, pair.getLong("[0].id"), pair.getLong("[1].id"));
    assertThat(again.getString("total.amount")).isEqualTo("350.00");
  }

  @Test
  void aRejectedDisputeKeepsTheLineAndTheWindowCloses() {
    long instrument = BillingFixtures.pricedInstrument();
    long account = BillingFixtures.account("researcher-gz");
    String gz = Tokens.researcherGz();
    long r = BillingFixtures.useAsBooked(gz, instrument, "10:00", "11:00", 0, false, account);
    long late = BillingFixtures.useAsBooked(gz, instrument, "13:00", "14:00", 0, false, account);
    long a = BillingFixtures.charges(gz, r).getLong("items[0].id");
    Api.post(gz, "/api/v1/charges/" + a + "/dispute", dispute("I think this is too much"))
        .then()
        .statusCode(200);
    Api.put(
            Tokens.finance(),
            "/api/v1/charges/" + a + "/dispute",
            "{\"decision\":\"REJECT\",\"reason\":\"usage matches the instrument log\"}")
        .then()
        .statusCode(200)
        .body("state", equalTo("IN_REVIEW"))
        .body("dispute.status", equalTo("REJECTED"))
        .body("dispute.resolution", equalTo("usage matches the instrument log"));
    long b = BillingFixtures.charges(gz, late).getLong("items[0].id");
    TestClock.pin(at(2, "14:02").plus(Duration.ofDays(7)));
    Api.post(gz, "/api/v1/charges/" + b + "/dispute", dispute("too late to dispute this"))
        .then()
        .statusCode(409)
        .body("type", equalTo("https://api.gf-instruments.cn/problems/review-window-closed"));
    given().auth().oauth2(gz).get("/api/v1/charges/" + b).then().body("state", equalTo("READY"));
  }
}
